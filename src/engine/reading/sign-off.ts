// Who signed the note: a sign-off at the end ("Linda Marsh, CSW", "- tasha p", "Sam Whitaker
// CSW", two names on a line), a labelled signature anywhere ("Signed: A, PSSP. Parent
// signature: B", "Provider: X / Parent: Y", "CSW: Tamara Neff"), or a sentence that says so
// ("signed by me, Rachel Goodwin", "crystal signed"). A signature line that is blank or refused
// ("Parent signature: refused to sign") signs nothing. Parenting needs the provider's and the
// parent's; elsewhere any one will do.
import { matchAllNear } from './near';

export interface SignOffWords {
  /** Credentials after a name: csw, lcsw, msw, pssp, med... (lower case, no dots). */
  credentials: ReadonlySet<string>;
  /** Words for the provider's role: provider, worker, staff, case manager... (lower case). */
  providerRoles: readonly string[];
  /** Words for the parent's role: parent, mom, mother, guardian... (lower case). */
  parentRoles: readonly string[];
}

export interface Span {
  start: number;
  end: number;
}

export interface Signed {
  provider: Span | null;
  parent: Span | null;
  /** A signer whose role the note does not say and that no other signer settles. */
  someone: Span | null;
}

type Role = 'provider' | 'parent';

interface Signer {
  role: Role | null;
  span: Span;
  /** The name as written, lower case, to tell one signer from another; '' when unknown. */
  name?: string;
  /** Named under a label that is not a signature's ("Parent: Tiffany Marsh" in the header). */
  mention?: true;
  /** A signature line for the role left blank or refused ("Parent signature: ______"). */
  blank?: true;
}

/** Lines read from the end for a sign-off. */
const TAIL_LINES = 4;

/** Labels whose value is a signer ("Signed:", "Provider:", "CSW:", "Parent signature -"). */
const LABEL =
  /(?:^|[\s.;|/(])((?:electronically |e-)?signed(?: by)?|(?:e-|electronic )?signatures?(?:\s?(?:\/|&|and)\s?(?:date|credentials?|title)|\s+(?:on|in|from|via|for)\s[^:.\n]{1,60}|\s*\([^)\n]{1,40}\))?|sig|(?:(?:csp|csw|cs|community support|program|staff) )?(?:provider|staff|parent|client|member|csw|csp|worker|mother|father|guardian|caregiver|clinician|counselor|therapist|employee|practitioner|specialist|writer|author|supervisor|facilitator|case manager|cm|pss|pssp|psp)(?:['’]s)? (?:signature|sig|sign|initials|signed|e-?signature|e-?sign(?:ed)?|e-?sig)(?:\s?(?:\/|&|and)\s?(?:date|credentials?|title))?(?: (?:captured|obtained|received|collected|attached))?|signature of (?:the )?(?:parent|provider|staff|mother|father|guardian|caregiver|worker|clinician|csw|member|client)|note by|written by|completed by|submitted by|entered by|dictated by|documented by|prepared by|(?:staff|provider|worker|clinician|employee|csw|csp) name(?:\s?(?:\/|&|and)\s?(?:credentials?|title|date))?|(?:reviewed|co-?signed|approved) by(?: (?:clinical )?supervisor)?|author|sigs|provider|staff|clinician|worker|writer|facilitator|csw|csp|cm|pss|pssp|psp|parent\(s\)|parents|parent|mother|mom|father|dad|guardian|caregiver)\s*[:=–-]\s*/giu;
const SIGNATURE_LABEL = /sign|sigs?\b|initials|by$|by supervisor$|author/u;
const REFUSED =
  /\b(?:refus\w*|declin\w*|did(?:n[’']?t| not)|unable|not (?:sign\w*|available|present)|unsigned|n\/?a\b|pending|to sign|will sign|later|none)\b|^[\s_]*$|^\s*[[<{]/i;
/** "[signed]", "(e-signed)", "[signature on file]": how a transcribed note shows a signature. */
const TRANSCRIBED =
  /^\s*(?:[[(](?:e-?|electronically )?(?:signed|signature on file)[\])]|(?:yes|y|obtained|on file|received|collected)\s*\.?\s*$|[✓✔☑]|see (?:the )?(?:paper|hard copy|attached|scanned|signed))/iu;
/** "X (mark of Lorna B.)", "X - her mark": a signature made with a mark. */
const MARK = /^\s*X\s*(?:\(|[-–—,]\s*)?(?:(?:her|his|their|parent['’]s)\s+)?mark\b/i;
/** Two to five capitals spelled out with spaces: "C S W", "P S S P". */
const SPELLED = /(?<![\p{L}])\p{Lu}(?:\s\p{Lu}){1,4}(?![\p{L}])/gu;
/** How far a sentence about signing is read around "signed". */
const SENTENCE_REACH = 300;
const SIGNED_VERB = /\b(?:(?:e-?)?signed|initiall?ed)\b/gi;
const NOT_SIGNED_BEFORE =
  /\b(?:not|never|refused to|declined to|unable to|forgot to|will|to be|needs? to be|wasn[’']?t|was not|didn[’']?t|did not|asked (?:her|him|them) to)\s+(?:\w+\s+){0,2}$/i;
const WORKER_WORD =
  /(?:^|[\s,(])(?:i|me|myself|we|writer|worker|staff|provider|csw|csp|pss|pssp|cm|clinician)(?:$|[\s,.)])/iu;
/** Words a sign-off may start with: "Signed", "[E-SIGNED]", "Note by", "Typed:", "/s/", dashes. */
const LEAD_IN =
  /^(?:[\s\-–—~*•]+|\[\s*(?:electronically |e-)?signed\s*\]\s*|\/e?s\/\s*|(?:electronically |e-)?signed(?: electronically)?(?: by)?\s*[:,-]?\s*|signatures?\s*[:-]?\s*|(?:(?:this\s+)?note\s+)?(?:written|completed|submitted|entered|prepared|documented|dictated)\s+(?:on\s+)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+)?by\s*|(?:note|written|completed|submitted|entered|typed|keyed|seen|dictated) by\s*|typed\s*:\s*)+/iu;
// "jane d. (provider), maria l. (mom)": a comma after a role in brackets parts two signers.
const PIECES =
  /\s*_{2,}\s*|(?<=\))\s+(?!and\s)(?=\p{L})|\s+\/e?s\/\s*|\s+(?:--|–|—)\s+|\s*\/\/\s*|\s+\/\s+|\s*;\s*|\s{2,}|\t|\s+\|\s+|\s+and\s+|\s*&\s*|\s+\+\s+|(?<=\)),\s*/u;
/** Every ON_FILE match holds "sig" and one of these: a literal scan rules most notes out at once. */
const ON_FILE_GATE = [
  /sig/iu,
  /file|obtained|received|collected|chart|attached|copy|via|with|by/iu,
];
/** "Parent signature on file", "mom's sig obtained": a signature the note says it has. */
const ON_FILE =
  /(?<![\p{L}\p{N}_])(parent|mom|mother|father|dad|guardian|caregiver|provider|staff|worker|csw|\p{L}[\p{L}-]{1,20}(?=['’]s\s{1,2}(?:signature|sig)))(?:(?:['’]s)?\s{1,2}(?:signature|sig)s?\s{1,2}(?:is\s{1,2}|was\s{1,2})?(?:on file|obtained|received|collected|in (?:the )?chart|attached|on (?:the )?(?:paper|hard) copy)|\s{1,2}(?:acknowledged|attested|signed|verified)\s{1,2}(?:via|by|with)\s{1,2}(?:e-?signature|electronic signature|signature pad|(?:digital |electronic )?signature))(?![\p{L}\p{N}_])/giu;

export interface SignOffOptions {
  /**
   * Outside parenting the client does not sign: a bare name at the end that the note uses
   * for the client ("Marcus fills next week's box ... Marcus Webb") is no sign-off.
   */
  clientDoesNotSign?: boolean;
}

/**
 * The last note read with each pack's words, one per option: one report asks several times
 * (the missing-field check and the field presence, with and without the client as a signer),
 * and an unchanged note is read again on every re-check.
 */
const lastRead = new WeakMap<
  SignOffWords,
  Map<boolean, { text: string; signed: Readonly<Signed> }>
>();

export function readSignOff(
  text: string,
  words: SignOffWords,
  options: SignOffOptions = {},
): Readonly<Signed> {
  const clientDoesNotSign = options.clientDoesNotSign === true;
  let reads = lastRead.get(words);
  if (reads === undefined) {
    reads = new Map();
    lastRead.set(words, reads);
  }
  const last = reads.get(clientDoesNotSign);
  if (last !== undefined && last.text === text) return last.signed;
  const signed = Object.freeze(readSigners(text, words, options));
  reads.set(clientDoesNotSign, { text, signed });
  return signed;
}

/** The signers of a note, read without the memory of the last note. */
export function readSigners(
  text: string,
  words: SignOffWords,
  options: SignOffOptions = {},
): Signed {
  const body = readBody(text, words);
  const signers = [...body.signers];
  readTail(body.lines, words, signers, options.clientDoesNotSign === true ? text : null);
  return settle(signers);
}

/**
 * The last note's signers found before its tail is read, which do not depend on the options:
 * a report reads the sign-off with and without the client as a signer, and reads the body once.
 */
const lastBody = new WeakMap<
  SignOffWords,
  { text: string; lines: readonly Line[]; signers: readonly Signer[] }
>();

function readBody(
  text: string,
  words: SignOffWords,
): { lines: readonly Line[]; signers: readonly Signer[] } {
  const last = lastBody.get(words);
  if (last !== undefined && last.text === text) return last;
  const signers: Signer[] = [];
  const lines = linesOf(text);
  const labelled = labelledSigners(words);
  for (const line of lines) {
    for (const signer of labelled(line.text)) {
      const span = { start: signer.span.start + line.start, end: signer.span.end + line.start };
      signers.push({ ...signer, span });
    }
  }
  readNamedWorker(text, words, signers);
  readSentences(text, words, signers);
  readOnFile(text, words, signers);
  lastBody.set(words, { text, lines, signers });
  return { lines, signers };
}

/** "Both signatures obtained", "Signatures on file: provider, parent": everyone the note needs signed. */
const ALL_ON_FILE =
  /\b(?:both |all )?(?:signatures|sigs)\s{1,2}(?:are\s{1,2}|were\s{1,2})?(?:on file|obtained|collected|received|in (?:the )?chart|attached)\b/gi;

/** Every signature on file holds "sig", and none reaches further from it than this. */
const SIG = /sig/gi;
const ON_FILE_REACH = 90;

function readOnFile(text: string, words: SignOffWords, signers: Signer[]): void {
  if (!ON_FILE_GATE.every((literal) => literal.test(text))) return;
  for (const match of matchAllNear(text, ALL_ON_FILE, SIG, ON_FILE_REACH)) {
    const span = { start: match.index, end: match.index + match[0].length };
    signers.push({ role: 'provider', span }, { role: 'parent', span });
  }
  for (const match of matchAllNear(text, ON_FILE, SIG, ON_FILE_REACH)) {
    const who = match[1] as string;
    const role = roleIn(who, words);
    // "Maria's signature is on the paper copy": a name, whose role the sign-off settles.
    if (role === null && !(/^\p{Lu}/u.test(who) && looksLikeName(who, true))) {
      if (!WORKER_WORD.test(` ${who} `)) continue;
    }
    signers.push({
      role: role ?? (/^\p{Lu}/u.test(who) && !WORKER_WORD.test(` ${who} `) ? null : 'provider'),
      span: { start: match.index, end: match.index + match[0].length },
      name: role === null ? who.toLowerCase() : undefined,
    });
  }
}

/** A signer the note gives no role fills the provider's place first, then the parent's. */
function settle(all: readonly Signer[]): Signed {
  let signers = all;
  const signed: Signed = { provider: null, parent: null, someone: null };
  const unsigned = new Set(all.filter((signer) => signer.blank).map((signer) => signer.role));
  signers = signers.filter(
    (signer) => !signer.blank && !(signer.mention && unsigned.has(signer.role)),
  );
  for (const signer of signers) if (signer.role) signed[signer.role] ??= signer.span;
  const named = new Map<Role, string | undefined>();
  for (const signer of signers)
    if (signer.role && !named.has(signer.role)) named.set(signer.role, signer.name);
  for (const signer of signers) {
    if (signer.role) continue;
    // "Signature: Dana Ruiz" read twice (the label, then the sign-off line) is one signer.
    const same = (role: Role) => signer.name !== undefined && named.get(role) === signer.name;
    if (signed.provider === null) {
      signed.provider = signer.span;
      named.set('provider', signer.name);
    } else if (
      signed.parent === null &&
      !sameSpan(signed.provider, signer.span) &&
      !same('provider')
    ) {
      signed.parent = signer.span;
      named.set('parent', signer.name);
    }
    signed.someone ??= signer.span;
  }
  return signed;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

interface Line {
  text: string;
  start: number;
}

/** A note's lines; the rows of a table flattened onto one line ("a | b || c | d") are lines too. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    let rowStart = start;
    for (const row of part.includes('||') ? part.split('||') : [part]) {
      const lead = row.length - row.trimStart().length;
      lines.push({ text: row.slice(lead), start: rowStart + lead });
      rowStart += row.length + 2;
    }
    start += part.length + 1;
  }
  return lines;
}

function roleIn(text: string, words: SignOffWords): Role | null {
  const lower = text.toLowerCase();
  if (words.parentRoles.some((role) => hasWord(lower, role))) return 'parent';
  if (words.providerRoles.some((role) => hasWord(lower, role))) return 'provider';
  const tokens = lower.split(/[\s,()/]+/);
  return tokens.some((token) => isCredential(token, words)) ? 'provider' : null;
}

function isCredential(token: string, words: SignOffWords): boolean {
  const bare = token.toLowerCase().replace(/[.,;:)(]/g, '');
  return words.credentials.has(bare) || words.credentials.has(bare.replace(/-[ivx\d]+$/, ''));
}

function hasWord(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at !== -1) {
    const before = at === 0 ? ' ' : (text[at - 1] as string);
    const after = text[at + word.length] ?? ' ';
    // "e-signed in Doxy.me": a word joined by a dot to another is part of a name, not "me".
    const joined =
      (before === '.' && /\p{L}/u.test(text[at - 2] ?? '')) ||
      (after === '.' && /\p{L}/u.test(text[at + word.length + 1] ?? ''));
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after) && !joined) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/**
 * One signer as written: "Sam Whitaker CSW", "D. Hale, M.Ed. (provider)", "parent L. Banks",
 * "k. thibodeau pssp". Null when the words are not a name.
 */
function parseSigner(
  piece: string,
  words: SignOffWords,
  besideSigner = false,
): { role: Role | null; name: string } | null {
  // "_Janelle Fox, PSS Provider_": underscores as a typed signature's underline or italics.
  let rest = piece
    .replace(/(?<![^\s])_+|_+(?![^\s])/gu, ' ')
    .replace(LEAD_IN, '')
    // "Harold Feeney C S W": a credential dictated letter by letter.
    .replace(SPELLED, (letters) => letters.replace(/\s/g, ''))
    .trim();
  let marked = besideSigner || rest.length < piece.trim().length;
  let role: Role | null = null;
  // A role first: "parent L. Banks", "Mom: ...".
  const lead = /^([\p{L}'’ ]{2,30}?)\s*[:-]?\s+(?=\p{L})/u.exec(rest);
  if (lead) {
    // "client's apartment": a role's possessive names a thing of theirs, not a signer.
    const leading = /['’]s$/u.test(lead[1] as string) ? null : roleIn(lead[1] as string, words);
    if (leading !== null) {
      role = leading;
      rest = rest.slice(lead[0].length);
    }
  }
  // "Parent: did not sign", "mom - refused": a role whose signature is not there.
  if (REFUSED.test(rest)) return null;
  // "Tony R.: picked the same wake-up time" is someone speaking in a group note, not a signature.
  if (/^[^:]{1,40}(?<!\d):(?!\d)\s*\S/.test(rest) && !LEAD_IN.test(piece)) return null;
  const [head = '', ...tail] = rest.split(/,|\s+-\s+|\s*\(/);
  // What follows a name is its credentials or role ("Sam Whitaker, CSW, CSP Specialist"), not
  // a sentence ("motivated, said having a job is what keeps me out of the bar").
  if (tail.join(',').trim().split(/\s+/).length > 8) return null;
  // "After, said she told him all 3": a clause after the comma, not credentials.
  if (
    /^\s*(?:said|says|stated|states|told|reported|reports|was|were|is|will|went|agreed|asked)\b/i.test(
      tail[0] ?? '',
    )
  )
    return null;
  // "jenna (verbal ok, will sign at visit)": a name that has not signed yet.
  if (
    /\b(?:will sign|to sign|not (?:yet )?signed|unsigned|verbal(?:ly)? (?:ok|okay|consent|agreement))\b/i.test(
      tail.join(','),
    )
  )
    return null;
  // "anne kim 11/05/2026": the date after a signature is not part of the name.
  const tokens = head.trim().split(/\s+/);
  const dated = tokens.findIndex((token) => /\d/.test(token));
  // "contact within 48 hrs": a count after the words is no date after a name.
  if (dated > 0 && !/\d{1,2}[/.-]\d{1,2}|^\d{4}-/.test(tokens[dated] as string)) return null;
  // "Start 1:00 End 2:00" is not "Start": a name cut short by a number needs two words
  // (initials in capitals before a date, "LM 3/4", are a sign-off all the same).
  if (dated === 1 && !marked && !/^\p{Lu}{2,3}$/u.test(tokens[0] as string)) return null;
  if (dated > 0) tokens.length = dated;
  // "J. Ellis on 3/10/26": the word that brings in the date is no part of the name either.
  if (dated > 1 && /^(?:on|at)$/iu.test(tokens[dated - 1] as string)) tokens.length = dated - 1;
  const dropped: string[] = [];
  // Credentials and roles after the name: "Sam Whitaker CSW", "Rebecca Stone PSSP".
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1] as string;
    // "carla m parenting support": the words of a job title go with the credentials.
    const title = TITLE_WORDS.has(last.toLowerCase()) && tokens.length > 2;
    if (!isCredential(last, words) && roleIn(last, words) === null && !title) break;
    dropped.unshift(tokens.pop() as string);
  }
  if (tokens.length === 1 && isCredential(tokens[0] as string, words)) return null;
  marked ||= role !== null || dropped.length > 0 || roleIn(tail.join(' '), words) !== null;
  if (!looksLikeName(tokens.join(' '), marked)) return null;
  return {
    role: role ?? roleIn([...dropped, ...tail].join(' '), words),
    name: tokens.join(' ').toLowerCase(),
  };
}

function addSigners(
  value: string,
  offset: number,
  words: SignOffWords,
  signers: Signer[],
  fixedRole: Role | null,
  labelled = false,
): boolean {
  const pieces = value
    .split(PIECES)
    .flatMap((piece) => afterCredentials(piece, words))
    .filter((piece) => /\p{L}/u.test(piece));
  let found = false;
  // "Samantha Greer | Parent (mother) | 04/09/26": a table's role cell names the role of the
  // signer in the cell before it.
  const cells = value.includes(' | ');
  let last: Signer | null = null;
  for (const piece of pieces) {
    // "k. thibodeau pssp / crystal vega": a name beside a signer's is a signer's too, and a
    // name after "Signature:" is one whatever its case.
    const signer = parseSigner(piece, words, found || labelled);
    if (signer === null) {
      const role = cells && last?.role === null ? roleIn(piece, words) : null;
      if (last !== null && role !== null) last.role = role;
      last = null;
      continue;
    }
    found = true;
    const at = offset + Math.max(0, value.indexOf(piece));
    last = {
      role: signer.role ?? fixedRole,
      span: { start: at, end: at + piece.length },
      name: signer.name,
    };
    signers.push(last);
  }
  return found;
}

/**
 * "D. Ruiz PSSP, K. Jones (mother)": after a name's credentials, a comma and another name part
 * two signers ("Dana Ruiz, BA, PSSP" stays one: a credential follows each of its commas).
 */
function afterCredentials(piece: string, words: SignOffWords): string[] {
  // "kb pssp - keisha w (parent)": a dash after a credential parts two signers too.
  const dash = /^(.*\S)\s+-\s+(\p{L}.*)$/u.exec(piece);
  if (dash) {
    const [, left = '', right = ''] = dash;
    const lastToken = left.split(/\s+/).pop() ?? '';
    const firstToken = right.split(/\s+/)[0] ?? '';
    // "M. Lind PSSP - parent Kemi Obi": or a role, then the next signer's name.
    const rest = right.slice(firstToken.length).trim();
    const roleThenName =
      roleIn(firstToken, words) !== null && rest !== '' && looksLikeName(rest, true);
    // "M. Quintero, Parenting Support Provider - Shonda Willis (parent)": or after a job title.
    if (
      left.includes(' ') &&
      (isCredential(lastToken, words) || roleIn(lastToken, words) !== null) &&
      !isCredential(firstToken, words) &&
      (roleIn(firstToken, words) === null || roleThenName)
    )
      return [...afterCredentials(left, words), ...afterCredentials(right, words)];
  }
  if (!piece.includes(', ')) return [piece];
  const parts = piece.split(/,\s+/);
  const out: string[] = [];
  let current = parts[0] as string;
  for (const part of parts.slice(1)) {
    const lastToken = current.trim().split(/\s+/).pop() ?? '';
    const firstToken = part.trim().split(/\s+/)[0] ?? '';
    // "dana ruiz pssp, maria lopez parent": in lower case, a name that ends in its role.
    const lastOfPart = part.trim().split(/\s+/).pop() ?? '';
    const nameAfterCredential =
      current.trim().includes(' ') &&
      isCredential(lastToken, words) &&
      !isCredential(firstToken, words) &&
      roleIn(firstToken, words) === null &&
      // "Olivia Marsh, BS, Parenting Support Service Provider": a title, the same person's.
      roleIn(part, words) !== 'provider' &&
      (/^\p{Lu}/u.test(firstToken) || roleIn(lastOfPart, words) !== null);
    if (nameAfterCredential) {
      out.push(current);
      current = part;
    } else current += `, ${part}`;
  }
  out.push(current);
  return out;
}

/** Lines whose labelled signers are remembered, per pack's words. */
const LINES_KEPT = 2000;
const labelledByWords = new WeakMap<SignOffWords, (line: string) => readonly Signer[]>();

/** The labelled signers of one line, offsets within it; a line read before is not read again. */
function labelledSigners(words: SignOffWords): (line: string) => readonly Signer[] {
  let read = labelledByWords.get(words);
  if (read === undefined) {
    const lines = new Map<string, readonly Signer[]>();
    read = (line) => {
      let found = lines.get(line);
      if (found === undefined) {
        const signers: Signer[] = [];
        readLabelled({ text: asLabelled(line), start: 0 }, words, signers);
        found = signers;
        lines.set(line, found);
        if (lines.size > LINES_KEPT) lines.delete(lines.keys().next().value as string);
      }
      return found;
    };
    labelledByWords.set(words, read);
  }
  return read;
}

/** "| Parent | Nicole F. |": a table's row of a label and its value. */
const TWO_CELL_ROW = /^(\s*)\|(\s*[\p{L}][\p{L}'’ ]{0,30}?\s*)\|([^|\n]*)\|?\s*$/u;

/** A table's two-cell row written as "Label: value", the same length, so offsets still hold. */
function asLabelled(line: string): string {
  const row = TWO_CELL_ROW.exec(line);
  if (row === null) return line;
  const indent = row[1] as string;
  const label = row[2] as string;
  const at = indent.length + 1 + label.length;
  const trimmed = label.trimEnd();
  const value = line.slice(at + 1).replace(/\|(\s*)$/u, ' $1');
  return `${indent} ${trimmed}:${' '.repeat(label.length - trimmed.length)}${value}`;
}

/** "Signed: A, PSSP. Parent signature: B", "Provider: X / Parent: Y", "CSW: Tamara Neff". */
function readLabelled(line: Line, words: SignOffWords, signers: Signer[]): void {
  LABEL.lastIndex = 0;
  const labels: { label: string; at: number; valueStart: number }[] = [];
  for (let match = LABEL.exec(line.text); match !== null; match = LABEL.exec(line.text)) {
    const label = (match[1] as string).toLowerCase();
    labels.push({ label, at: match.index, valueStart: match.index + match[0].length });
  }
  labels.forEach(({ label, valueStart }, i) => {
    const next = labels[i + 1];
    const whole = line.text.slice(valueStart, next ? next.at + 1 : line.text.length);
    // "Clinician signature: Jane Doe, LCSW Date: 11/20/26": the value ends at the next field.
    // "Keisha Jones via DocuSign", "... on the tablet": how it was signed is no part of the name.
    // "Nadia Wisniewska, PSSP ___ / Luz Aponte ___": the line left for the pen beside a typed name.
    const value = whole
      .replace(/(?<=\p{L}[.,)]?[ \t]*)_{2,}(?=[ \t]*(?:\/|$))/gmu, (line) =>
        ' '.repeat(line.length),
      )
      .replace(/\s+(?:date|time|dos|signed on|credentials?)\s*:.*$/isu, '')
      // "J. Ellis on 3/10/26 at 4:15 PM", "Jordan Ellis #4471": when and the staff number.
      .replace(/\s+(?:on|at)\s+\d.*$|\s+(?:#|id\s*#?\s*)\d+\b/is, '')
      .replace(
        /\s+(?:via|through|using|on (?:the |my |her |his )?(?:tablet|ipad|phone|device|pad))\b.*$/is,
        '',
      );
    // "Parent signature: not signed - mom was busy": "signed -" reads as a label of its own.
    const withNext = line.text.slice(valueStart, next ? next.valueStart : line.text.length);
    const labelRole = roleIn(label, words) ?? (isCredential(label, words) ? 'provider' : null);
    // "Signature of parent: [signed]", "Provider signature: (e-signed)": a transcribed signature.
    if (SIGNATURE_LABEL.test(label) && TRANSCRIBED.test(value)) {
      const fixedRole = /parent|client|member|mother|father|guardian|caregiver/.test(label)
        ? 'parent'
        : labelRole;
      const at = line.start + valueStart;
      signers.push({ role: fixedRole, span: { start: at, end: at + value.trimEnd().length } });
      return;
    }
    // "Parent: X (mark of Lorna Beaulieu)", "Mom: X - her mark": a signer who signs with a mark.
    if (labelRole !== null && MARK.test(value)) {
      const at = line.start + valueStart;
      signers.push({ role: labelRole, span: { start: at, end: at + value.trimEnd().length } });
      return;
    }
    if (!/\p{L}/u.test(value) || REFUSED.test(value) || REFUSED.test(withNext)) {
      // The role's signature line is there and unsigned: a name given for it elsewhere in a
      // header ("Parent: Tiffany Marsh") is not its signature.
      // "Electronically signed by: ______": a signature line with no role is the writer's.
      if (SIGNATURE_LABEL.test(label)) {
        const at = line.start + valueStart;
        signers.push({ role: labelRole ?? 'provider', span: { start: at, end: at }, blank: true });
      }
      return;
    }
    // "Parent: home visit" is not a signature, a name is: the value must start with one.
    const first = value.split(/\.\s|[,(]/)[0] ?? '';
    if (!SIGNATURE_LABEL.test(label) && parseSigner(first, words) === null) return;
    const fixed =
      SIGNATURE_LABEL.test(label) &&
      /parent|client|member|mother|father|guardian|caregiver/.test(label)
        ? 'parent'
        : labelRole;
    const labelled = SIGNATURE_LABEL.test(label);
    const before = signers.length;
    addSigners(firstSentence(value), line.start + valueStart, words, signers, fixed, labelled);
    if (!labelled)
      for (let k = before; k < signers.length; k += 1) (signers[k] as Signer).mention = true;
  });
}

const CAPITALIZED_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+|\s\p{Lu}\.?)(?![\p{L}])`;

/** A worker named with the role anywhere: "CSW Jess R.", "this is Corey Vaughn community support worker". */
const namedWorkerPatterns = new WeakMap<SignOffWords, RegExp>();

function readNamedWorker(text: string, words: SignOffWords, signers: Signer[]): void {
  let pattern = namedWorkerPatterns.get(words);
  if (pattern === undefined) {
    pattern = namedWorkerPattern(words);
    namedWorkerPatterns.set(words, pattern);
  }
  for (const match of text.matchAll(pattern)) {
    const name = (match[1] ?? match[2]) as string;
    // Case-insensitive roles, case-sensitive names: "CSW met" is not a name.
    if (!/^\p{Lu}/u.test(name) || !looksLikeName(name)) continue;
    // "Parenting Support Service Provider", "Community Support Worker": a title, not a name.
    if (name.split(/\s+/).some((token) => TITLE_WORDS.has(token.toLowerCase()))) continue;
    signers.push({
      role: 'provider',
      span: { start: match.index, end: match.index + match[0].length },
    });
  }
  // A dictated note opens with who is speaking: "this is kim for rosalyn", "This is Corey Vaughn".
  const dictated =
    /^\s*(?:dictated:\s*)?this is ([\p{L}][\p{L}.'-]{1,20}(?: [\p{L}][\p{L}.'-]{0,20})?)\b/iu.exec(
      text,
    );
  if (dictated) {
    const name = (dictated[1] as string).split(
      / (?:for|with|from|calling|community|csw|case|the)\b/i,
    )[0] as string;
    if (looksLikeName(name, true))
      signers.push({
        role: 'provider',
        span: { start: dictated.index, end: dictated.index + dictated[0].length },
        name: name.toLowerCase(),
      });
  }
  if (!ROLE_BRACKET_GATE.test(text)) return;
  for (const match of text.matchAll(ROLE_BRACKET)) {
    const name = match[1] as string;
    if (!looksLikeName(name, true)) continue;
    const span = { start: match.index, end: match.index + match[0].length };
    signers.push({ role: 'provider', span, name: name.toLowerCase() });
  }
}

/** Words of job titles written in capitals ("Parenting Support Service Provider"). */
const TITLE_WORDS = new Set(
  'support service services parenting community peer recovery family case care program outreach clinical senior lead behavioral health mental'.split(
    ' ',
  ),
);

/** "writer (paula g, csw)", "csw (tom r.)": a role with a name in brackets, any case. */
const ROLE_BRACKET =
  /(?<![\p{L}\p{N}_])(?:writer|worker|csw|csp|staff|provider|pss|pssp|cm)\s*\(([\p{L}][\p{L}.' ]{1,30}?)(?:,[^)]{0,30})?\)/giu;

/** ROLE_BRACKET's start without its word boundary, which makes a scan of the whole note slow. */
const ROLE_BRACKET_GATE = /(?:writer|worker|csw|csp|staff|provider|pss|pssp|cm)\s*\(/i;

function namedWorkerPattern(words: SignOffWords): RegExp {
  const roles = [
    ...words.providerRoles.filter((role) => role.length > 2),
    ...['csw', 'csp', 'pss', 'pssp', 'cm'],
  ];
  // Roles in any case, names capitalized: with the `i` flag "with client" would pass for a
  // capitalized name and hide the "CSW Lou Marchetti" after it.
  const role = roles.map(anyCase).join('|');
  return new RegExp(
    String.raw`(?<![\p{L}])(?:(?:${role})[:,]?\s(${CAPITALIZED_NAME})|(${CAPITALIZED_NAME}),?\s(?:[Aa]\s|[Tt]he\s|[Yy]our\s)?(?:${role})(?![\p{L}]))`,
    'gu',
  );
}

/** A literal that matches in any case: "csw" -> "[cC][sS][wW]". */
function anyCase(word: string): string {
  return [...word]
    .map((char) => {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      if (lower !== upper) return `[${lower}${upper}]`;
      return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
}

/** Up to the first full stop that ends a sentence, not one after "Ms" or an initial. */
function firstSentence(value: string): string {
  for (const stop of value.matchAll(/\.\s/g)) {
    const word = lastWord(value, stop.index);
    if (!TITLE.test(word) && !/^\p{L}$/u.test(word)) return value.slice(0, stop.index);
  }
  return value;
}

/** "This note was signed by me, Rachel Goodwin, ... and by Ms. Alvarez", "crystal signed". */
function readSentences(text: string, words: SignOffWords, signers: Signer[]): void {
  // The literal alone is found far faster than the pattern with its word boundaries.
  if (!/signed|initiall?ed/iu.test(text)) return;
  SIGNED_VERB.lastIndex = 0;
  for (let match = SIGNED_VERB.exec(text); match !== null; match = SIGNED_VERB.exec(text)) {
    const at = match.index;
    const sentenceStart = Math.max(
      lastFullStop(text, at),
      text.lastIndexOf('\n', at - 1) + 1,
      at - SENTENCE_REACH,
      0,
    );
    const before = text.slice(sentenceStart, at);
    if (NOT_SIGNED_BEFORE.test(before)) continue;
    // "signed up for chess club", "his signed meeting sheet", "Date signed: ____": no signature.
    const rest = text.slice(at + match[0].length, at + match[0].length + 12);
    if (/^\s*(?:up|in|out|into|onto)\b|^\s*[:=]/i.test(rest)) continue;
    // "end of dictation signed <staff name>": a template's placeholder, not a signature.
    if (/^\s*(?:by\s*[:=-]?\s*)?(?:[[<{]|_{2,})/u.test(rest)) continue;
    if (/\b(?:his|her|their|my|the|a|an|its|your|our)\s+$/i.test(before)) continue;
    // "his notes and tx plan were signed before the audit": documents, unless "signed by me".
    const passive = /\b(?:was|were|is|are|be|been|being|get|got|gets)\s+$/i.test(before);
    if (passive && !/^\s*(?:it\s+)?by\b/i.test(text.slice(at + match[0].length))) continue;
    const stop = text.slice(at, at + SENTENCE_REACH).search(/\.\s|\n/);
    const sentenceEnd = stop === -1 ? text.length : at + stop;
    const span = { start: sentenceStart, end: sentenceEnd };
    const after = text.slice(at + match[0].length, sentenceEnd).toLowerCase();
    const subject = (
      /^\s*(?:it\s+)?by\b/.test(after)
        ? after.slice(after.indexOf('by') + 2, after.indexOf('by') + 40)
        : (before
            // "Nadine Walsh, PSS  keisha signed", "Tara Quinn PSS -- Shonda signed": the signer is
            // the last part, after a gap or a dash.
            .split(/[,;:/]|\s{2,}|\s[-–—]{1,2}\s/)
            .filter((part) => part.trim() !== '')
            .pop() ?? '')
    ).toLowerCase();
    // "... signed as provider", "Brianna Cole signed as parent": the role is said outright.
    const stated = /^\s*as\s+(?:the\s+)?([\p{L}'’]+)/u.exec(after)?.[1] ?? '';
    const roles = new Set<Role>();
    if (stated !== '' && WORKER_WORD.test(` ${stated} `)) roles.add('provider');
    else if (stated !== '' && words.parentRoles.some((role) => hasWord(stated, role))) {
      roles.add('parent');
    }
    if (roles.size > 0) {
      for (const role of roles) signers.push({ role, span });
      continue;
    }
    // "Brianna read this note with me before I left and signed it": the worker is in the
    // sentence, not its subject.
    const doer = subject.replace(
      /\b(?:with|to|for|from|beside|by)\s+(?:me|the writer|writer|staff)\b|\b(?:before|after|while|when|as|once|until)\s+(?:i|we)\b[^,]*?(?=\s+and\b|$)/gi,
      '',
    );
    if (WORKER_WORD.test(` ${doer} `) || /\bwith me\b/.test(after)) roles.add('provider');
    const parentWords = (part: string) =>
      words.parentRoles.some((role) => hasWord(part, role)) || /\b(?:she|he|they)\b/.test(part);
    if (parentWords(subject) || /\band by\b/.test(after)) roles.add('parent');
    // "Gina Ferraro parenting support provider and Brittany signed on the tablet": the worker
    // and, after "and", a name that is not the worker's.
    const partner = /\band\s+([\p{L}][\p{L}'’-]+)\s*$/u.exec(doer)?.[1];
    if (roles.has('provider') && partner !== undefined && !WORKER_WORD.test(` ${partner} `))
      roles.add('parent');
    // "Electronically signed by Olivia Marsh, BS": a name with credentials is the worker's; with
    // none, who it is the sign-off settles.
    const byForm = /^\s*(?:it\s+)?by\b/.test(after);
    if (roles.size === 0 && byForm && subject.split(/[\s,()]+/).some((t) => isCredential(t, words)))
      roles.add('provider');
    if (roles.size === 0 && byForm && /\p{L}/u.test(subject)) {
      signers.push({ role: null, span });
      continue;
    }
    // "crystal signed", "Keisha signed below": a name that is not the worker's.
    if (roles.size === 0 && /\p{L}/u.test(subject)) roles.add('parent');
    for (const role of roles) signers.push({ role, span });
  }
}

/**
 * How phone-typed notes end: "... bring the chart. jen ruiz / tasha", "m.o. / a.m.", "tom p.
 * mom signed". Two short names parted by " / ", or a name before "<someone> signed", are
 * sign-offs whatever their case.
 */
function readLowerCaseSignOff(
  last: string,
  offset: number,
  words: SignOffWords,
  signers: Signer[],
): void {
  const pair = /^\s*([\p{L}][\p{L}.'’ -]{0,30}?)\s\/\s([\p{L}][\p{L}.'’ -]{0,30}?)\s*$/u.exec(last);
  if (pair) {
    for (const name of [pair[1], pair[2]] as string[]) {
      if (name.trim().split(/\s+/).length > 3) return;
    }
    addSigners(last, offset, words, signers, null, true);
    return;
  }
  // "tom p. mom signed": the name before someone's signing.
  // ... or, in a run-on with no full stop, the two words before "<someone> signed" at its end
  // ("... same steps kayla dube destiny signed on my tablet").
  const before =
    /^\s*((?:[\p{L}][\p{L}'’-]*\.?\s){0,2}?[\p{L}][\p{L}'’-]*\.?)\s+(?:\p{L}+\s+)?(?:e-?)?signed\b/u.exec(
      last,
    ) ??
    /(?<![\p{L}])((?:[\p{L}][\p{L}'’-]*\.?\s)?[\p{L}][\p{L}'’-]*\.?)\s+\p{L}+\s+(?:e-?)?signed\b[^.!?]{0,30}$/u.exec(
      last,
    );
  if (before) {
    const name = before[1] as string;
    const role = roleIn(name, words);
    if (role === null) addSigners(name, offset + last.indexOf(name), words, signers, null, true);
  }
}

/**
 * How a dictated run-on ends: "... thats it dictated by keisha w csp", "... home visit. on call
 * csw dre williams". A name after "dictated by" or after a role that opens the last words.
 */
const RUN_ON_WORDS = 12;

function readRunOnSignOff(
  body: string,
  offset: number,
  words: SignOffWords,
  signers: Signer[],
): void {
  const by =
    /(?<![\p{L}\p{N}_])(?:dictated|written|typed|entered|completed|documented|seen|signed)\s+by\s+(\p{L}[\p{L}.'’ -]{1,40}?)\s*\.?\s*$/iu.exec(
      body,
    );
  if (by) {
    const name = by[1] as string;
    addSigners(name, offset + body.lastIndexOf(name), words, signers, null, true);
    return;
  }
  const role =
    /(?:^|[.!?;,]\s+|on[- ]call\s+)(?:csw|csp|css|pss|pssp|cm|worker|staff|provider)\s+(\p{L}[\p{L}'’-]+\s\p{L}[\p{L}.'’-]*)\s*\.?\s*$/iu.exec(
      body,
    );
  // "... in take period dictated not read ray figueroa csw": a name and its credential are
  // the run-on's last words; "... more of the tapping chris p": a lower-case first name and
  // an initial end it.
  // Only at the end of a long line: a short last line is a sign-off line of its own.
  const runOn = body.trim().split(/\s+/).length >= RUN_ON_WORDS;
  const credentialed = /\s(\p{L}[\p{L}'’-]+\s\p{L}[\p{L}'’-]+)\s+(\p{L}{2,6})\s*\.?\s*$/u.exec(
    body,
  );
  const initialled = /\s(\p{Ll}[\p{Ll}'’-]{1,14}\s\p{Ll})\s*\.?\s*$/u.exec(body);
  const name =
    role?.[1] ??
    (!runOn
      ? undefined
      : credentialed && isCredential(credentialed[2] as string, words)
        ? credentialed[1]
        : initialled?.[1]);
  if (name === undefined || !looksLikeName(name, true)) return;
  if (name.split(/\s/).some((word) => COMMON_WORDS.has(word.toLowerCase()))) return;
  const at = offset + body.lastIndexOf(name);
  signers.push({
    role: 'provider',
    span: { start: at, end: at + name.length },
    name: name.toLowerCase(),
  });
}

/** The last few lines: "Linda Marsh, CSW", "... Next visit Thursday - Pat Mahoney CSW". */
const ATTENDANCE_LINE =
  /(?:^|[\s.;|])(?:present|also present|attendees|attending|in attendance|participants|people present|who was there)\s*:/iu;

function readTail(
  lines: readonly Line[],
  words: SignOffWords,
  signers: Signer[],
  clientText: string | null,
): void {
  const tail: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && tail.length < TAIL_LINES; i -= 1) {
    const line = lines[i] as Line;
    if (line.text.trim() !== '') tail.unshift(line);
  }
  for (const line of tail) {
    // "Present: Lashonda Pryor, Malik (3 yrs), Ingrid Solberg.": the names of who attended, on a
    // line before the last, sign nothing.
    if (
      line !== tail[tail.length - 1] &&
      ATTENDANCE_LINE.test(line.text) &&
      !/sign|sig\b/i.test(line.text)
    )
      continue;
    // "Harold Feeney C S W. Dictated not read.": the letters closed up (spaces kept at the end,
    // so offsets hold) and the stop after them ends the sentence.
    const body = line.text
      .trimEnd()
      .replace(SPELLED, (letters) => letters.replace(/\s/g, '').padEnd(letters.length));
    // The sign-off may end the last sentence: "... F/u 8/11. -R. Souza CSP", "... Thursday - Pat Mahoney CSW".
    const lastStart = lastBreak(body);
    const last = body.slice(lastStart);
    const isLastLine = line === tail[tail.length - 1];
    // "Harold Feeney C S W. Dictated not read.": the sentence before a short last one.
    const beforeLast = body.slice(0, lastStart).trimEnd();
    const previous =
      lastStart > 0 && last.trim().split(/\s+/).length <= 4
        ? beforeLast.slice(lastBreak(beforeLast))
        : '';
    // Most specific first: after "Signatures", the last sentence, its last comma part
    // ("desiree signed, sarah b. pss"), then the whole line.
    // "... check in thurs / kb pssp - keisha w (parent)": the part after the last slash.
    const slash = body.lastIndexOf(' / ');
    const afterSlash = isLastLine && slash !== -1 ? body.slice(slash + 3) : '';
    const endings = [
      body.replace(/^.*\bsignatures?\s+(?=\p{L})/isu, ''),
      ...(afterSlash.length <= 80 ? [afterSlash] : []),
      last,
      ...(isLastLine && last.includes(', ') ? [last.split(/,\s+/).pop() as string] : []),
      previous,
      body,
    ];
    // The ending that names the most signers: "~R. Castellano, PSSP / Ashley Morales (parent)"
    // over its last part alone.
    let best: Signer[] = [];
    for (const candidate of new Set(endings)) {
      if (candidate.trim() === '' || candidate.length > 120) continue;
      const offset = line.start + body.lastIndexOf(candidate);
      const found: Signer[] = [];
      if (!addSigners(candidate, offset, words, found, null)) continue;
      if (clientText !== null && candidate === body && namesTheClient(body, clientText, line)) {
        break;
      }
      if (found.length > best.length) best = found;
    }
    signers.push(...best);
    if (isLastLine) {
      readLowerCaseSignOff(last, line.start + body.lastIndexOf(last), words, signers);
      readRunOnSignOff(body, line.start, words, signers);
    }
    // "thx, lisa", "LM/csp": a closing word before a name, initials with a credential after a slash.
    const closing =
      /^\s*(?:thx|thanks|thank you|ty|regards|best|cheers)[,!.]?\s+(\p{L}[\p{L}'’.-]{1,15}(?:\s\p{L}[\p{L}'’.-]{0,15})?)\s*$/iu.exec(
        body,
      )?.[1] ??
      /^[\s\-–—~]*(\p{Lu}{2,3})\s*\/\s*([\p{L}]{2,6})\s*$/u
        .exec(body)
        ?.filter((_, i) => i > 0)
        .find((part, i, all) => i === 0 && isCredential(all[1] as string, words));
    if (isLastLine && closing !== undefined && !NOT_NAMES.has(closing.toLowerCase())) {
      const at = line.start + body.lastIndexOf(closing);
      signers.push({
        role: null,
        span: { start: at, end: at + closing.length },
        name: closing.toLowerCase(),
      });
    }
    // "carlos", "kat o'brien" alone on the last line: the writer's name in lower case.
    if (isLastLine && tail.length > 1) {
      const lone =
        /^[\s\-–—~]*((?:\p{Ll}[\p{Ll}'’-]{1,14})(?:\s\p{Ll}[\p{Ll}'’.-]{0,14})?)\s*$/u.exec(
          body,
        )?.[1];
      if (
        lone !== undefined &&
        !lone.split(/\s/).some((word) => NOT_NAMES.has(word) || COMMON_WORDS.has(word)) &&
        !words.credentials.has(lone)
      ) {
        const at = line.start + body.lastIndexOf(lone);
        signers.push({ role: null, span: { start: at, end: at + lone.length }, name: lone });
      }
    }
    // "km" or "j.r." alone on the last line: the writer's initials.
    const initials = /^[\s\-–—~]*((?:\p{Ll}\.?){2,3})\s*$/u.exec(body)?.[1];
    if (isLastLine && initials !== undefined && !NOT_NAMES.has(initials.replace(/\./g, ''))) {
      const at = line.start + body.lastIndexOf(initials);
      signers.push({ role: null, span: { start: at, end: at + initials.length }, name: initials });
    }
    // "... will try again thurs. kev": one short word after the last full stop ends the note.
    if (isLastLine) {
      const word = /(?:[.!?]|\bperiod)\s+(\p{Ll}{2,10})\s*$/u.exec(body)?.[1];
      if (word !== undefined && !NOT_NAMES.has(word) && !words.credentials.has(word)) {
        const at = line.start + body.lastIndexOf(word);
        signers.push({ role: null, span: { start: at, end: at + word.length }, name: word });
      }
    }
  }
}

/**
 * A line that is only a name ("Marcus Webb"), no credential, role or lead-in, whose first name
 * the note has already used twice for someone it writes about.
 */
function namesTheClient(body: string, text: string, line: Line): boolean {
  const name = /^\s*(\p{Lu}\p{Ll}{2,})(?:\s+\p{Lu}[\p{Ll}'’-]*\.?){1,2}\s*$/u.exec(body)?.[1];
  if (name === undefined) return false;
  const uses = text
    .slice(0, line.start)
    .match(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'));
  return (uses?.length ?? 0) >= 2;
}

/** Just after the last ". " before `at` that ends a sentence, not an initial ("Keisha J. signed"). */
function lastFullStop(text: string, at: number): number {
  let stop = text.lastIndexOf('. ', at - 1);
  while (
    stop !== -1 &&
    /(?:^|[\s(])(?:\p{Lu}|[Dd]r|[Mm]rs?|[Mm]s)$/u.test(text.slice(Math.max(0, stop - 4), stop))
  )
    stop = text.lastIndexOf('. ', stop - 1);
  return stop + 1;
}

/** Where the last sentence or dash-separated part of a line starts. */
function lastBreak(line: string): number {
  let at = 0;
  for (const pattern of [/[.!?;]\s+(?=\S)/gu, /\bperiod\s+(?=\S)/gu]) {
    for (const match of line.matchAll(pattern)) {
      // "K. Lopez", "Dr. Nwosu": the stop after an initial or a title ends no sentence.
      const word = lastWord(line, match.index);
      if (match[0].startsWith('.') && (TITLE.test(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word)))
        continue;
      at = Math.max(at, match.index + match[0].length);
    }
  }
  // "... next visit Thursday - Pat Mahoney CSW", "... f/u next wk. -dre": the dash stays, it marks the name.
  for (const match of line.matchAll(/\s([-–—]+\s?)(?=\p{L})/gu)) at = Math.max(at, match.index + 1);
  return at;
}

const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.?)*|\p{Lu}\.\p{Lu}[\p{L}'’-]+|(?:mc|mac|o['’])\p{Lu}[\p{L}'’-]*)$/u;
const LOWER_TOKEN = /^\p{Ll}(?:[\p{Ll}'’-]*|\.\p{Ll}[\p{Ll}'’-]*)\.?$/u;
/** Words that start lines but are not names: "Plan", "Next", "See next wk". */
const NOT_NAMES = new Set(
  'plan next see follow f/u electronically electronic digitally will to the a an and or but client member parent mom dad staff writer worker note date time goal session visit call phone met called home office total outcome progress response assessment objective data intervention signature signed none n/a tbd thanks thank you regards cc am pm today tomorrow monday tuesday wednesday thursday friday saturday sunday no yes ok okay done end dictation after before then later afterwards afterward also overall finally first lastly however additionally meanwhile during while when again tonight earlier continue continued same per her his their our my it is was be in on at of for with by from as this that start stop begin location where present attendance teaching methods method strategy strategies follow-up followup next steps duration minutes hours units program dos service bye etc fyi min mins hr hrs pt cl mbr tx role title name credentials credential initials'.split(
    ' ',
  ),
);
const TITLE = /^(?:dr|mr|mrs|ms|miss)\.?$/i;
/** Words of NOT_NAMES that are first names too, when capitalized before a surname. */
const FIRST_NAME_WORDS = new Set(['Will']);
/** Words a note may end on that are no name: "done", "thx", "see u". */
const COMMON_WORDS = new Set(
  'done thx ty thanks later see u you yes no ok okay good fine bye end over out soon asap tbd pending na nothing more etc lol same again home note notes update updated call called visit'.split(
    ' ',
  ),
);

const SPACE = /\s/;

/**
 * The run of non-space characters that ends `text.slice(0, end)`, '' when that ends in a space:
 * what `/(\S+)$/` finds, read backwards from `end` instead of tried at every position from the
 * start (which made each full stop of a long line cost the whole line before it).
 */
function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && !SPACE.test(text[start - 1] as string)) start -= 1;
  return text.slice(start, end);
}

/**
 * "Linda Marsh", "J. Ruiz", "D.F.", "Dr. Nwosu": one to four name-like words. A name in lower
 * case ("tasha p", "j.kowalczyk") counts with an initial or a dot, or when `marked` by a
 * credential, a role or a lead-in such as "signed" or a dash.
 */
export function looksLikeName(text: string, marked = false): boolean {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((token) => token !== '');
  if (tokens.length === 0 || tokens.length > 4 || /\d/.test(text)) return false;
  // "DR / ML": capitals without a stop are initials, not "Dr".
  const plain = tokens.filter((token) => !TITLE.test(token) || /^\p{Lu}{2,3}$/u.test(token));
  if (plain.length === 0) return false;
  // A capital letter alone ("Ms. A") or any letter with a stop ("ben a.") is an initial, not the article.
  const word = (token: string) => token.toLowerCase().replace(/\.$/, '');
  const initial = (token: string) => /^\p{Lu}\.?$|^\p{L}\.$/u.test(token);
  // "- Will Navarro CSW": a capitalized first name that is also a common word, before a surname.
  const firstName = (token: string, k: number) =>
    marked && k === 0 && plain.length > 1 && FIRST_NAME_WORDS.has(token);
  if (
    plain.some((token, k) => !initial(token) && !firstName(token, k) && NOT_NAMES.has(word(token)))
  )
    return false;
  if (plain.every((token) => LOWER_TOKEN.test(token))) {
    if (plain.length > 3) return false;
    // "- it's drop-in", "- don't know": a contraction is a sentence's word, not a name's.
    if (plain.some((token) => /^\p{L}+['’](?:s|t|re|ll|ve|d|m)$/u.test(token))) return false;
    // "focused", "engaged", "smiling": words of a sentence, not a name in lower case.
    if (plain.some((token) => /^\p{L}{4,}(?:ed|ing)$/u.test(token))) return false;
    // "tasha p", "m ortega": a name with an initial before or after it.
    // "jo ellen p": or a two-word name with an initial after it.
    const initialed =
      (plain.length === 2 && plain.some((token) => token.replace('.', '').length === 1)) ||
      (plain.length === 3 && (plain[2] as string).replace('.', '').length === 1);
    return marked || initialed || plain.some((token) => /\p{L}\.\p{L}/u.test(token));
  }
  return plain.every((token) => NAME_TOKEN.test(token));
}

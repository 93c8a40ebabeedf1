// Compiles a resolved pack once: one regex per rule, field and exception, and one regex over
// every trigger of the pack so sentences with nothing to check are skipped at once.
import type {
  FieldEvidence,
  RequiredField,
  ResolvedPack,
  Rule,
  RuleException,
} from '../rules/schema';
import type { FieldId } from './types';
import { compileActivities, type CompiledActivities } from './activities';
import { keyWords } from './keywords';
import { bounded, phraseSource, phrasesRegExp, wordSource, type PhraseVocabulary } from './phrases';
import type { Matchers } from './grammar';
import type { SignOffWords } from './reading/sign-off';

export interface CompiledException {
  exception: RuleException;
  groups: RegExp[];
  /** Groups that must also hold in the flagged sentence. */
  flagged: RegExp[];
}

export interface CompiledRule {
  rule: Rule;
  /** non-billable: the activity lexicon groups the rule flags. */
  activities: ReadonlySet<string>;
  /** Null for rules that list no phrases (most limits). */
  trigger: RegExp | null;
  /** One of the trigger's key words; far cheaper to test than the trigger itself. */
  gate: RegExp | null;
  exceptions: CompiledException[];
  /** mixed-billing: wording of billable work. */
  billable: RegExp | null;
}

export interface CompiledField {
  field: FieldId;
  required: RequiredField | null;
  header: RegExp | null;
  phrases: RegExp | null;
  /** Every group must be found somewhere in the note. */
  allOf: RegExp[];
  /** goal: words that name no goal on their own ("continue", "services"). */
  generic: ReadonlySet<string>;
}

export interface CompiledPack {
  pack: ResolvedPack;
  rules: CompiledRule[];
  fields: CompiledField[];
  matchers: Matchers;
  activities: CompiledActivities;
  genericTopics: ReadonlySet<string>;
  notBilled: RegExp | null;
  /** Credentials and role words that tell who signed the note. */
  signOff: SignOffWords;
  /** Any trigger of any sentence-level check; a sentence it misses has nothing to report. */
  prefilter: RegExp;
}

const compiled = new WeakMap<ResolvedPack, CompiledPack>();

export function compilePack(pack: ResolvedPack): CompiledPack {
  const known = compiled.get(pack);
  if (known) return known;
  const vocab: PhraseVocabulary = {
    person: pack.vocabulary.person,
    worker: pack.vocabulary.worker,
  };
  const regex = (phrases: readonly string[]) =>
    phrases.length > 0 ? phrasesRegExp(phrases, vocab) : null;

  const rules = pack.rules.map((rule): CompiledRule => {
    const phrases = 'phrases' in rule.match ? rule.match.phrases : undefined;
    return {
      rule,
      trigger: phrases === undefined ? null : regex(phrases),
      gate: phrases === undefined ? null : keyWordRegExp(phrases),
      exceptions: rule.except.map((exception) => ({
        exception,
        groups: exception.when.map((group) => phrasesRegExp(group, vocab)),
        flagged: exception.alsoInFlagged.map((group) => phrasesRegExp(group, vocab)),
      })),
      billable: rule.kind === 'mixed-billing' ? regex(rule.match.billable) : null,
      activities: new Set(rule.kind === 'non-billable' ? rule.match.activities : []),
    };
  });

  const fieldIds = new Set<FieldId>([
    ...(Object.keys(pack.vocabulary.fields) as FieldId[]),
    ...pack.requiredFields.map((field) => field.field),
  ]);
  const fields = [...fieldIds].map((field): CompiledField => {
    const evidence: FieldEvidence = pack.vocabulary.fields[field] ?? { headers: [], phrases: [] };
    const required = pack.requiredFields.find((entry) => entry.field === field) ?? null;
    return {
      field,
      required,
      header: headerRegExp(evidence.headers),
      phrases: regex([...evidence.phrases, ...(required?.phrases ?? [])]),
      allOf: (required?.allOf ?? []).map((group) => phrasesRegExp(group, vocab)),
      generic: new Set((required?.unlessGeneric ?? []).map((word) => word.toLowerCase())),
    };
  });

  const phrases = [
    ...pack.rules.flatMap((rule) => ('phrases' in rule.match ? (rule.match.phrases ?? []) : [])),
    ...pack.rules.flatMap((rule) => (rule.kind === 'mixed-billing' ? rule.match.billable : [])),
    ...[...fieldIds].flatMap((field) => [
      ...(pack.vocabulary.fields[field]?.phrases ?? []),
      ...(pack.requiredFields.find((entry) => entry.field === field)?.phrases ?? []),
      ...(pack.requiredFields.find((entry) => entry.field === field)?.allOf?.flat() ?? []),
    ]),
  ];
  const activities = compileActivities(pack);
  const words = [...new Set([...phrases.flatMap(keyWords), ...activities.forms])].filter(
    (word) => word !== '',
  );
  // A header ("Goal: ...") is any label before a colon; the field check reads which one.
  const prefilter = new RegExp(
    String.raw`${LABEL_START}[\p{L}/ #\d]{0,39}[:=]|${wordsSource(words)}`,
    'iu',
  );

  const result: CompiledPack = {
    pack,
    rules,
    fields,
    matchers: {
      worker: phrasesRegExp(
        pack.vocabulary.worker.length > 0 ? pack.vocabulary.worker : ['I'],
        vocab,
      ),
      person: new RegExp(bounded(phraseSource('{person}', vocab)), 'giu'),
      personAt: new RegExp(bounded(phraseSource('{person}', vocab)), 'iuy'),
    },
    activities,
    genericTopics: new Set(pack.vocabulary.genericTopics.map((word) => word.toLowerCase())),
    notBilled: regex(pack.vocabulary.notBilled),
    signOff: {
      credentials: new Set(
        pack.vocabulary.credentials.map((word) => word.toLowerCase().replace(/\./g, '')),
      ),
      providerRoles: pack.vocabulary.providerRoles.map((word) => word.toLowerCase()),
      parentRoles: pack.vocabulary.parentRoles.map((word) => word.toLowerCase()),
    },
    prefilter,
  };
  compiled.set(pack, result);
  return result;
}

function wordsSource(words: readonly string[]): string {
  return String.raw`\b(?:${words.map(wordSource).join('|')})`;
}

/** Null when some phrase has no key word (it starts with a slot), so nothing can be ruled out. */
function keyWordRegExp(phrases: readonly string[]): RegExp | null {
  const perPhrase = phrases.map(keyWords);
  if (perPhrase.some((words) => words.length === 0)) return null;
  return new RegExp(wordsSource([...new Set(perPhrase.flat())]), 'iu');
}

/** Where the rule's trigger matches in `text`; the key-word gate first rules most text out. */
export function triggerMatches(entry: CompiledRule, text: string): Iterable<RegExpExecArray> {
  if (entry.trigger === null || (entry.gate !== null && !entry.gate.test(text))) return [];
  return text.matchAll(entry.trigger);
}

/**
 * Where a label can start: a word character at the start of the text, after a gap of two
 * spaces, or after "|" or ";". The look-ahead comes first so the look-behind runs only at a
 * word character, never inside a run of spaces: the scan stays linear in the text.
 */
const LABEL_START = String.raw`(?=[\p{L}\p{N}/#])(?<=^\s*|\s\s|[|;]\s*)`;

/** What every header ends in: a sentence without one holds no header. */
export const HEADER_END = /[:=\-–]/;

/**
 * "Location: library" at the start of a line, after a gap, or after a space inside a line
 * ("Time: 1-2 pm Location: home"); one-letter labels (SOAP "A:") only at the start or after
 * a gap. A label with nothing after it does not count.
 */
function headerRegExp(given: readonly string[]): RegExp | null {
  if (given.length === 0) return null;
  // "TxGoal", "ServiceDate": an export's labels with their words run together.
  const headers = [
    ...new Set(given.flatMap((header) => [header, header.replace(/ (?=\p{L})/gu, '')])),
  ];
  const source = (list: readonly string[]) =>
    list.map((header) => phraseSource(header, { person: [], worker: [] })).join('|');
  const long = headers.filter((header) => header.length > 1);
  const lead = String.raw`${LABEL_START}(?:${source(headers)})`;
  const inline = long.length > 0 ? String.raw`|(?<=\s)(?:${source(long)})` : '';
  return new RegExp(
    String.raw`(?:${lead}${inline})\s*(?:#\s*)?(?:\d+\s*)?${HEADER_END.source}\s*(?=[\p{L}\p{N}/])`,
    'iu',
  );
}

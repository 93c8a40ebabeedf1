// One note field being coached: reads its text after each pause in typing, asks the
// engine, keeps the findings in step with later edits, draws them, and applies, reveals
// or ignores one when the sidebar asks.
import type { Finding, FindingKind, NoteContext, Report } from '../engine/types';
import { LIVE_CHECK_CHARS, MAX_NOTE_CHARS, type MessageOf } from '../messages';
import type { NoteField } from './discovery';
import { diffText, shiftSpan } from './highlight/shift';
import type { Painter } from './highlight/marks';
import type { Span } from './highlight/visible-span';
import { ignoreKey } from './ignore-key';
import { applyReplacement } from './apply';
import { caretOffset, findingAt } from './caret';
import { typingSettled } from './native-input';
import { keepsOwnLine } from './own-line';

/**
 * The pause in typing after which the note is checked again. Short, because a check is cheap
 * (the engine re-reads only the sentences that changed) and the sidebar re-renders only the
 * cards that changed; a sentence just ended is checked at once, without waiting for a pause.
 */
export const RECHECK_DELAY_MS = 150;
/** A character that ends a sentence (or a line) when typed: check at once. */
const SENTENCE_END = /[.!?\n]/;
/**
 * Chrome stops an idle service worker after 30 s; the first key after a quiet spell this long
 * wakes it, so it has loaded the engine by the time the writer pauses.
 */
const WAKE_AFTER_MS = 10_000;
/**
 * A rich editor's note past LIVE_CHECK_CHARS is read (a walk of its whole DOM, about 100 ms at
 * a megabyte) only after a pause this long, never on each key. Its underlines are ranges the
 * browser keeps in place as the DOM changes, so they need no read to follow the typing.
 */
const PAUSED_READ_DELAY_MS = 1_000;
const EXCERPT_LIMIT = 400;
/** A line cut by the edge of the view is checked whole, if it ends within this many characters. */
const LINE_REACH = 2_000;
/**
 * What a part of a note can tell: findings about its own sentences. Missing elements, limits,
 * mixed billing and units are about the whole note, which was not checked.
 */
const PART_KINDS: ReadonlySet<FindingKind> = new Set([
  'ambiguous-term',
  'non-billable',
  'subjective-language',
  'placeholder',
]);

export interface ReaderTransport {
  analyze(request: MessageOf<'analyze'>): Promise<Report | null>;
  /** Wakes the service worker (no note text): it loads the engine while the user types on. */
  wake?(): void;
  post(
    message:
      | MessageOf<'note-state'>
      | MessageOf<'note-cleared'>
      | MessageOf<'note-too-long'>
      | MessageOf<'caret-finding'>,
  ): void;
}

/** The report for a part of a note that starts at `offset`, as findings of the whole note. */
function partReport(report: Report, offset: number): Report {
  return {
    ...report,
    findings: report.findings
      .filter((finding) => PART_KINDS.has(finding.kind))
      .map((finding) => ({ ...finding, start: finding.start + offset, end: finding.end + offset })),
    time: { start: null, end: null, minutes: null, basis: null },
    units: null,
    dollars: null,
    fields: {},
  };
}

export interface NoteSessionOptions {
  noteId: string;
  field: NoteField;
  transport: ReaderTransport;
  painter: Painter;
  readContext: () => NoteContext;
}

/** What the sidebar was last shown: findings by index, and where they are now. */
interface Shown {
  version: number;
  excerpts: string[];
  /** Each shown finding moved through later edits; null once an edit touched it. */
  live: (Finding | null)[];
  /** What the sidebar was sent, when it came from a Check now of a note live checking skips. */
  whole?: MessageOf<'note-state'>;
}

export type ApplyOutcome = 'applied' | 'rechecking' | 'no-replacement' | 'failed';

export class NoteSession {
  readonly noteId: string;
  readonly field: NoteField;
  private version = 0;
  private text: string;
  private shown: Shown | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readTimer: ReturnType<typeof setTimeout> | undefined;
  /** Keys of the findings the user ignored in this note, oldest first (Undo takes the last). */
  private ignored: string[] = [];
  private readonly observer: MutationObserver;
  /** The note is over MAX_NOTE_CHARS and the user asked for the part in view to be checked. */
  private checkingPart = false;
  /** The finding the sidebar was last told the caret is in. */
  private caretIndex: number | null = null;
  /** The note is over LIVE_CHECK_CHARS and the user asked for one check of all of it. */
  private checkingWhole = false;
  /** When the service worker last heard from this note (performance.now()). */
  private lastContact = -Infinity;
  /**
   * The field was removed and the sidebar told so: a check or Use still on its way must not
   * show this note again, over the note the user went on to.
   */
  private disposed = false;

  constructor(private readonly options: NoteSessionOptions) {
    this.noteId = options.noteId;
    this.field = options.field;
    this.text = this.read();
    const view = this.field.root.ownerDocument.defaultView!;
    // Rich editors change the DOM without input events too (their own undo, toolbar).
    this.observer = new view.MutationObserver(() => this.noticeChange());
    if (this.field.adapter.kind === 'rich') {
      this.observer.observe(this.field.root, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    }
  }

  private read(): string {
    return this.field.adapter.text(this.field.root).text;
  }

  /** Analyse now (the user just focused the note). */
  checkNow(): void {
    clearTimeout(this.timer);
    void this.check();
  }

  /** The rules changed (new settings): check the same text again as a new version. */
  recheck(): void {
    this.version += 1;
    this.checkNow();
  }

  /** Live checking is paused for a note this long: it is checked when the user asks. */
  private paused(text = this.text): boolean {
    return text.length > LIVE_CHECK_CHARS && text.length <= MAX_NOTE_CHARS;
  }

  /**
   * Called on input: shift what is drawn through the edit, re-check after a short pause, or at
   * once when the edit ended a sentence. A note past LIVE_CHECK_CHARS is not checked again
   * until the user asks; its underlines still follow the edits.
   */
  noticeChange(readNow = false): void {
    if (!readNow && this.field.adapter.kind === 'rich' && this.paused()) {
      clearTimeout(this.readTimer);
      this.readTimer = setTimeout(() => this.noticeChange(true), PAUSED_READ_DELAY_MS);
      return;
    }
    clearTimeout(this.readTimer);
    const next = this.read();
    const edit = diffText(this.text, next);
    if (!edit) return;
    if (this.shown) this.shown.live = this.shown.live.map((f) => f && shiftSpan(f, edit, next));
    const wasPaused = this.paused();
    this.text = next;
    this.version += 1;
    this.repaint();
    if (this.paused()) {
      // Just crossed the limit: tell the sidebar once (later keys leave that timer be, and
      // cost no check).
      if (!wasPaused) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.check(), RECHECK_DELAY_MS);
      }
      return;
    }
    clearTimeout(this.timer);
    const now = performance.now();
    if (now - this.lastContact > WAKE_AFTER_MS) this.options.transport.wake?.();
    this.lastContact = now;
    const typed = next.slice(edit.start, edit.newEnd);
    const endsSentence =
      edit.oldEnd === edit.start && typed.length <= 2 && SENTENCE_END.test(typed);
    this.timer = setTimeout(() => void this.check(), endsSentence ? 0 : RECHECK_DELAY_MS);
  }

  /** The user asked for the whole note to be checked, live checking being paused for it. */
  checkWhole(): void {
    this.noticeChange(true);
    this.checkingWhole = true;
    this.version += 1;
    this.checkNow();
    this.returnFocus();
  }

  /**
   * The note is too long to check whole: check the part in view now, and after each pause in
   * typing from now on, until the note is short enough again.
   */
  checkVisiblePart(): void {
    this.checkingPart = true;
    this.version += 1;
    this.checkNow();
    this.returnFocus();
  }

  /** What the user has in view, widened to whole lines, never over MAX_NOTE_CHARS. */
  private partInView(text: string): Span {
    const seen = this.options.painter.visibleSpan?.() ?? null;
    let start = seen?.start ?? 0;
    let end = seen?.end ?? MAX_NOTE_CHARS;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (start - lineStart <= LINE_REACH) start = lineStart;
    const lineEnd = text.indexOf('\n', end);
    if (lineEnd !== -1 && lineEnd - end <= LINE_REACH) end = lineEnd;
    return { start, end: Math.min(end, start + MAX_NOTE_CHARS, text.length) };
  }

  private async check(): Promise<void> {
    if (this.disposed) return;
    const version = this.version;
    const text = this.text;
    const tooLong = text.length > MAX_NOTE_CHARS;
    const paused = this.paused(text);
    if (!tooLong) this.checkingPart = false;
    const whole = paused && this.checkingWhole;
    this.checkingWhole = false;
    if (paused && !whole) {
      // Findings of an earlier Check now stay (their underlines follow the edits); without
      // one, the sidebar says live checking is paused and offers to check now.
      if (this.shown?.whole) {
        // Back in this note: the sidebar gets that report again.
        if (version !== this.shown.version) this.options.transport.post(this.shown.whole);
        return;
      }
      this.tooLong(text.length, LIVE_CHECK_CHARS, true);
      return;
    }
    if (tooLong && !this.checkingPart) {
      this.tooLong(text.length, MAX_NOTE_CHARS, false);
      return;
    }
    this.lastContact = performance.now();
    const part = tooLong ? this.partInView(text) : null;
    const answer = await this.options.transport.analyze({
      type: 'analyze',
      noteId: this.noteId,
      version,
      text: part ? text.slice(part.start, part.end) : text,
      context: this.options.readContext(),
    });
    // A newer edit is already waiting for its own answer; a Check now is not checked again
    // after each edit, so its answer is kept and follows the edits made meanwhile.
    if (!answer || this.disposed || (version !== this.version && !whole)) return;
    const report = part ? partReport(answer, part.start) : answer;
    const findings = report.findings.filter(
      (f) => !this.ignored.includes(ignoreKey(f.rule, text, f.start, f.end)),
    );
    const ignored = report.findings.length - findings.length;
    const excerpts = findings.map((f) => text.slice(f.start, f.end).slice(0, EXCERPT_LIMIT));
    const shownReport = { ...report, findings };
    const state: MessageOf<'note-state'> = {
      type: 'note-state',
      note: { noteId: this.noteId },
      version,
      report: shownReport,
      excerpts,
      ...(ignored > 0 ? { ignored } : {}),
      ...(part ? { part: { ...part, length: text.length } } : {}),
      ...(whole ? { paused: { length: text.length, limit: LIVE_CHECK_CHARS } } : {}),
    };
    const since = diffText(text, this.text);
    const live = since ? findings.map((f) => shiftSpan(f, since, this.text)) : [...findings];
    this.shown = { version, excerpts, live, ...(whole ? { whole: state } : {}) };
    this.repaint();
    this.options.transport.post(state);
    // The new findings have new indices: tell the sidebar again which one the caret is in.
    this.caretIndex = null;
    this.noticeCaret();
  }

  /** Clears the underlines and tells the sidebar the note is too long to check as typed. */
  private tooLong(length: number, limit: number, paused: boolean): void {
    this.shown = null;
    this.repaint();
    this.options.transport.post({
      type: 'note-too-long',
      note: { noteId: this.noteId },
      length,
      limit,
      ...(paused ? { paused: true as const } : {}),
    });
  }

  /** The caret moved: tells the sidebar the finding it is now in, if that changed. */
  noticeCaret(): number | null {
    if (!this.shown) return null;
    const index = findingAt(this.shown.live, caretOffset(this.field));
    if (index !== this.caretIndex) {
      this.caretIndex = index;
      this.options.transport.post({
        type: 'caret-finding',
        note: { noteId: this.noteId },
        version: this.shown.version,
        index,
      });
    }
    return index;
  }

  /** The findings drawn, where they are now (null once an edit touched one). */
  liveFindings(): readonly (Finding | null)[] {
    return this.shown?.live ?? [];
  }

  /** Where finding `index` is drawn, in viewport pixels: one box per line it covers. */
  boxesOf(index: number): DOMRect[] {
    const finding = this.shown?.live[index];
    if (!finding) return [];
    const { root, adapter } = this.field;
    if (adapter.kind === 'textarea')
      return this.options.painter.boxesOf?.(finding.start, finding.end) ?? [];
    return [...(adapter.rangeFor(root, finding.start, finding.end)?.getClientRects() ?? [])];
  }

  /** Use from the card at the underline: as the sidebar's Use, for the findings now shown. */
  useSuggestion(index: number, suggestion: number): Promise<ApplyOutcome> {
    if (!this.shown) return Promise.resolve('rechecking');
    return this.apply({
      type: 'apply-suggestion',
      note: { frameId: 0, noteId: this.noteId },
      version: this.shown.version,
      index,
      suggestion,
    });
  }

  private repaint(): void {
    const marks = (this.shown?.live ?? []).flatMap((f) =>
      f && f.end > f.start ? [{ start: f.start, end: f.end, severity: f.severity }] : [],
    );
    this.options.painter.paint(marks);
  }

  /** The finding shown at `index`, where it is now, if its words are still what was shown. */
  private current(version: number, index: number): Finding | null {
    if (!this.shown || this.shown.version !== version) return null;
    const finding = this.shown.live[index];
    if (!finding) return null;
    const excerpt = this.shown.excerpts[index];
    return this.text.slice(finding.start, finding.end).slice(0, EXCERPT_LIMIT) === excerpt
      ? finding
      : null;
  }

  /** The Use being applied: a Use clicked again meanwhile waits for it (see apply). */
  private applying: Promise<unknown> = Promise.resolve();

  /**
   * Applies a Use, after any Use still being applied. A second click on the same Use arrives
   * while the first waits for the editor to take its selection: judged on the note as the first
   * left it, it finds its words gone and writes nothing, instead of writing the words twice.
   */
  apply(message: MessageOf<'apply-suggestion'>): Promise<ApplyOutcome> {
    const outcome = this.applying.then(() => this.applyNow(message));
    this.applying = outcome.catch(() => undefined);
    return outcome;
  }

  private async applyNow(message: MessageOf<'apply-suggestion'>): Promise<ApplyOutcome> {
    // Ctrl+Z after Use must undo the Use alone, not the words typed just before it.
    if (this.field.adapter.kind === 'rich') await typingSettled(this.field.root.ownerDocument);
    if (this.disposed) return 'failed';
    // Edits not yet noticed (the observer runs later) must move the spans first.
    this.noticeChange(true);
    const finding = this.current(message.version, message.index);
    const replacement = finding?.suggestions[message.suggestion]?.replacement;
    // The words changed since the sidebar saw them, or a missing line's place no longer suits
    // its words (they would join another line): never write, check again.
    if (
      !finding ||
      (finding.kind === 'missing-field' &&
        replacement !== undefined &&
        !keepsOwnLine(this.text, finding.start, replacement))
    ) {
      this.checkNow();
      this.returnFocus();
      return 'rechecking';
    }
    if (replacement === undefined) {
      this.returnFocus();
      return 'no-replacement';
    }
    const applied = await applyReplacement(this.field, finding.start, finding.end, replacement);
    // Used: a second click on the same card must not add its words again (a missing line, whose
    // place to insert at survives the insertion, would be added twice).
    if (applied && this.shown) this.shown.live[message.index] = null;
    this.noticeChange(true);
    this.returnFocus();
    return applied ? 'applied' : 'failed';
  }

  /**
   * Puts keyboard focus back in the note, caret where it was, after the sidebar was clicked:
   * the user's next keys belong to the note, never to a sidebar button that stayed focused.
   */
  private returnFocus(): void {
    const { root } = this.field;
    let active = root.ownerDocument.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active !== null && root.contains(active)) return;
    root.focus({ preventScroll: true });
  }

  reveal(index: number): void {
    this.noticeChange(true);
    const finding = this.shown?.live[index];
    if (finding) this.field.adapter.select(this.field.root, finding.start, finding.end);
  }

  ignore(index: number): void {
    this.noticeChange(true);
    const finding = this.shown?.live[index];
    if (!finding) return;
    const key = ignoreKey(finding.rule, this.text, finding.start, finding.end);
    this.ignored = [...this.ignored.filter((other) => other !== key), key];
    this.showAgain();
  }

  /** Undo of Ignore ('last') or "Show ignored" ('all'): the findings come back on the next check. */
  restoreIgnored(which: 'last' | 'all'): void {
    if (this.ignored.length === 0) return;
    this.ignored = which === 'all' ? [] : this.ignored.slice(0, -1);
    this.showAgain();
  }

  private showAgain(): void {
    // Indices change with the next report; a new version keeps stale ones from applying.
    this.version += 1;
    this.checkNow();
    this.returnFocus();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.readTimer);
    this.observer.disconnect();
    this.options.painter.dispose();
  }
}

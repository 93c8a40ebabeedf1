// One note field being coached: reads its text after each pause in typing, asks the
// engine, keeps the findings in step with later edits, draws them, and applies, reveals
// or ignores one when the sidebar asks.
import type { Finding, FindingKind, NoteContext, Report } from '../engine/types';
import { MAX_NOTE_CHARS, type MessageOf } from '../messages';
import type { NoteField } from './discovery';
import { shiftSpans } from './highlight/shift';
import type { Painter } from './highlight/marks';
import type { Span } from './highlight/visible-span';
import { ignoreKey } from './ignore-key';
import { applyReplacement } from './apply';

const RECHECK_DELAY_MS = 300;
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
  post(
    message: MessageOf<'note-state'> | MessageOf<'note-cleared'> | MessageOf<'note-too-long'>,
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
}

export type ApplyOutcome = 'applied' | 'rechecking' | 'no-replacement' | 'failed';

export class NoteSession {
  readonly noteId: string;
  readonly field: NoteField;
  private version = 0;
  private text: string;
  private shown: Shown | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Keys of the findings the user ignored in this note, oldest first (Undo takes the last). */
  private ignored: string[] = [];
  private readonly observer: MutationObserver;
  /** The note is over MAX_NOTE_CHARS and the user asked for the part in view to be checked. */
  private checkingPart = false;

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

  /** Called on input: shift what is drawn through the edit, re-check after a pause. */
  noticeChange(): void {
    const next = this.read();
    if (next === this.text) return;
    if (this.shown) this.shown.live = shiftSpans(this.shown.live, this.text, next);
    this.text = next;
    this.version += 1;
    this.repaint();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), RECHECK_DELAY_MS);
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
    const version = this.version;
    const text = this.text;
    const tooLong = text.length > MAX_NOTE_CHARS;
    if (!tooLong) this.checkingPart = false;
    if (tooLong && !this.checkingPart) {
      this.shown = null;
      this.repaint();
      this.options.transport.post({
        type: 'note-too-long',
        note: { noteId: this.noteId },
        length: text.length,
        limit: MAX_NOTE_CHARS,
      });
      return;
    }
    const part = tooLong ? this.partInView(text) : null;
    const answer = await this.options.transport.analyze({
      type: 'analyze',
      noteId: this.noteId,
      version,
      text: part ? text.slice(part.start, part.end) : text,
      context: this.options.readContext(),
    });
    // A newer edit is already waiting for its own answer.
    if (!answer || version !== this.version) return;
    const report = part ? partReport(answer, part.start) : answer;
    const findings = report.findings.filter(
      (f) => !this.ignored.includes(ignoreKey(f.rule, text, f.start, f.end)),
    );
    const ignored = report.findings.length - findings.length;
    const excerpts = findings.map((f) => text.slice(f.start, f.end).slice(0, EXCERPT_LIMIT));
    const shownReport = { ...report, findings };
    this.shown = { version, excerpts, live: [...findings] };
    this.repaint();
    this.options.transport.post({
      type: 'note-state',
      note: { noteId: this.noteId },
      version,
      report: shownReport,
      excerpts,
      ...(ignored > 0 ? { ignored } : {}),
      ...(part ? { part: { ...part, length: text.length } } : {}),
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
    // Edits not yet noticed (the observer runs later) must move the spans first.
    this.noticeChange();
    const finding = this.current(message.version, message.index);
    if (!finding) {
      // The words changed since the sidebar saw them: never write over them, check again.
      this.checkNow();
      this.returnFocus();
      return 'rechecking';
    }
    const replacement = finding.suggestions[message.suggestion]?.replacement;
    if (replacement === undefined) {
      this.returnFocus();
      return 'no-replacement';
    }
    const applied = await applyReplacement(this.field, finding.start, finding.end, replacement);
    // Used: a second click on the same card must not add its words again (a missing line, whose
    // place to insert at survives the insertion, would be added twice).
    if (applied && this.shown) this.shown.live[message.index] = null;
    this.noticeChange();
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
    const finding = this.shown?.live[index];
    if (finding) this.field.adapter.select(this.field.root, finding.start, finding.end);
  }

  ignore(index: number): void {
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
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.options.painter.dispose();
  }
}

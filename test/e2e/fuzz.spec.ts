// Fuzzing the apply path: seeded random sequences of typing, deleting, selecting, pasting,
// clicking a sidebar suggestion's Use (once, or twice in a row) and Ctrl+Z in a textarea, a
// contenteditable, CKEditor 5 and ProseMirror, with the real engine. After every step the note
// is checked against a model (fuzz-model.ts): typing and pasting replace the selection, Use
// replaces exactly the finding's words with the suggestion (or, when the words changed since
// the sidebar saw them, nothing at all), Ctrl+Z right after a Use restores the exact text before
// it, any other Ctrl+Z returns to a text the note had, and no character is ever lost or added.
//
// `npm test` runs FUZZ_RUNS (1,000) sequences, a quarter per editor, always the same ones, in
// its own step (`npm run test:fuzz`, one editor per worker); `npm run fuzz` runs 10,000 from a
// random base. A failure prints its seed: replay it with
//   FUZZ_SEED=ckeditor5:1234 npx playwright test --project fuzz
// (after npm run build:test && npm run build:fixtures), which logs every step.
import type { Page, Worker } from '@playwright/test';
import {
  applyEdit,
  between,
  onOwnLine,
  pick,
  random,
  sameShown,
  sameText,
  selectionAfterUse,
  trackSpan,
  type Edit,
  type History,
} from './fuzz-model';
import { expect, test } from './extension';
import { listenLikeTheSidebar, type SeenAnalyze, type SeenNoteState } from './sidebar-requests';
import { resetSidebarLayout } from './sidebar-ui';
import type { FuzzHooks } from '../fixtures/ehr-form';
import type { MessageOf } from '../../src/messages';

const EDITORS = [
  { name: 'textarea', path: 'textarea.html', editor: 'textarea[name=note]' },
  { name: 'contenteditable', path: 'contenteditable.html', editor: '.plain-editor' },
  { name: 'ckeditor5', path: 'ckeditor5.html', editor: '.ck-editor__editable' },
  { name: 'prosemirror', path: 'prosemirror.html', editor: '.ProseMirror' },
] as const;

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** The first sequence number; `npm run fuzz` picks a random one. */
const BASE = Number(process.env.FUZZ_BASE ?? 0);
/** `editor:number` (or several, comma-separated): replay those sequences, logging each step. */
const REPLAY = process.env.FUZZ_SEED;
/** A fresh page every so many sequences, so one page's history cannot grow without end. */
const PAGE_LIFE = 60;
const WAIT_MS = 4_000;
/** How long after its last input a rich editor's reader judges a Use (src/page/native-input.ts). */
const TYPING_WAIT_MS = 1_050;

/** Notes the engine flags with rewordings (with and without [blanks]) and missing fields. */
const NOTES = [
  'Met Jordan at his apartment.\nCSW assisted client with the electric bill.',
  'CSW helped client with groceries and talked about his week.\nClient was cooperative.',
  'CSW provided support to client. Client seemed fine.\nDiscussed budget with client.',
  'Client was doing well today.\nCSW assisted client with the rent form and helped client with groceries.',
];
/** What a user pastes: one line, no leading or trailing space (editors trim those differently). */
const PASTES = ['client', 'reviewed the lease', 'Jordan said he paid it', 'bill', '[skill]', 'x'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

type Step =
  | { kind: 'type'; text: string }
  | { kind: 'backspace' | 'delete'; times: number }
  | { kind: 'select'; anchor: number; focus: number }
  | { kind: 'arrow'; key: 'ArrowLeft' | 'ArrowRight'; shift: boolean; times: number }
  | { kind: 'paste'; text: string }
  | { kind: 'use'; twice: boolean }
  | { kind: 'undo' };

interface NoteState {
  text: string;
  selection: [number, number];
  /** The editor's text as the user sees it (value, or innerText). */
  shown: string;
  /** The editor's markup, for the failure message (fuzz notes are made up, never a client's). */
  html: string;
}

/** An apply request, how many checks the background had been asked for before it, and when. */
type SeenApply = MessageOf<'apply-suggestion'> & { checksBefore: number; at: number };
/** A check the background was asked for: when (Date.now()), and of what text. */
interface SeenCheck {
  at: number;
  text: string;
}

declare const self: {
  notecoachTest?: { states: SeenNoteState[]; analyses: SeenAnalyze[] };
  notecoachFuzz?: { applies: SeenApply[]; checks: SeenCheck[] };
};
interface WorkerChrome {
  runtime: { onMessage: { addListener(listener: (message: unknown) => undefined): void } };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}
declare const chrome: WorkerChrome;

/** Records the sidebar's apply-suggestion requests as they pass through the background. */
async function recordApplies(background: Worker): Promise<void> {
  await background.evaluate(() => {
    if (self.notecoachFuzz) return;
    const seen = { applies: [] as SeenApply[], checks: [] as SeenCheck[] };
    self.notecoachFuzz = seen;
    chrome.runtime.onMessage.addListener((message) => {
      const typed = message as { type?: string; text?: string } | undefined;
      if (typed?.type === 'analyze') seen.checks.push({ at: Date.now(), text: typed.text ?? '' });
      if (typed?.type === 'apply-suggestion') {
        const checksBefore = self.notecoachTest?.analyses.length ?? 0;
        const at = Date.now();
        seen.applies.push({ ...(message as MessageOf<'apply-suggestion'>), checksBefore, at });
      }
      return undefined;
    });
  });
}

/** How many apply requests the background has seen for this sequence. */
const appliesSeen = (background: Worker): Promise<number> =>
  background.evaluate(() => self.notecoachFuzz?.applies.length ?? 0);

/** The checks the background was asked for at or after `since` (Date.now()). */
const checkedSince = (background: Worker, since: number): Promise<SeenCheck[]> =>
  background.evaluate((from) => {
    return (self.notecoachFuzz?.checks ?? []).filter((check) => check.at >= from);
  }, since);

/** One apply request, with what the sidebar showed for it and the text that was checked. */
interface SentUse {
  version: number;
  index: number;
  suggestion: number;
  finding: { start: number; end: number; replacement: string | undefined } | null;
  analysed: string | null;
  /** When the background passed it on (Date.now()). */
  at: number;
  /**
   * Texts checked as versions newer than the sidebar's before this request came: the reader may
   * have their findings when it judges the request, and must then write nothing (it cannot
   * know which of them the sidebar meant).
   */
  newerBefore: string[];
  /** The same, checked at any time until now. */
  newer: string[];
}

/** The apply requests after the first `from`, waiting up to a second for `expected` of them. */
const sentUses = (background: Worker, from: number, expected: number): Promise<SentUse[]> =>
  background.evaluate(
    async ([start, wanted]) => {
      const deadline = Date.now() + 1_000;
      const applies = () => self.notecoachFuzz?.applies ?? [];
      while (applies().length < start + wanted && Date.now() < deadline) {
        await new Promise((tick) => setTimeout(tick, 5));
      }
      const states = self.notecoachTest?.states ?? [];
      const analyses = self.notecoachTest?.analyses ?? [];
      return applies()
        .slice(start)
        .map((message) => {
          const ofNote = <T extends { version: number }>(seen: T[], noteId: (t: T) => string) =>
            seen.filter((t) => noteId(t) === message.note.noteId);
          const noteStates = ofNote(states, (s) => s.note.noteId);
          const noteAnalyses = ofNote(analyses, (a) => a.noteId);
          const state = noteStates.findLast((s) => s.version === message.version);
          const finding = state?.report.findings[message.index];
          return {
            version: message.version,
            index: message.index,
            suggestion: message.suggestion,
            finding: finding
              ? {
                  start: finding.start,
                  end: finding.end,
                  replacement: finding.suggestions[message.suggestion]?.replacement,
                }
              : null,
            analysed: noteAnalyses.findLast((a) => a.version === message.version)?.text ?? null,
            at: message.at,
            newerBefore: ofNote(analyses.slice(0, message.checksBefore), (a) => a.noteId)
              .filter((a) => a.version > message.version)
              .map((a) => a.text),
            newer: noteAnalyses.filter((a) => a.version > message.version).map((a) => a.text),
          };
        });
    },
    [from, expected] as const,
  );

/** Waits (in the background, up to 8 s) for a report on `note` to have been shown; its tab. */
const reportShown = (
  background: Worker,
  note: string | null,
  tab: number | null = null,
): Promise<number | null> =>
  background.evaluate(
    async ([text, tabId]) => {
      // NoteCoach checks a note at once when its settings change, not after a pause in typing.
      if (tabId !== null) {
        await chrome.tabs.sendMessage(tabId, { type: 'settings-changed' }).catch(() => undefined);
      }
      const deadline = Date.now() + 8_000;
      for (;;) {
        const states = self.notecoachTest?.states ?? [];
        const analyses = self.notecoachTest?.analyses ?? [];
        const shown = states.find(
          (state) =>
            text === null ||
            analyses.some(
              (a) =>
                a.noteId === state.note.noteId && a.version === state.version && a.text === text,
            ),
        );
        if (shown || Date.now() > deadline) return shown?.tabId ?? null;
        await new Promise((tick) => setTimeout(tick, 5));
      }
    },
    [note, tab] as const,
  );

const forgetSeen = (background: Worker): Promise<void> =>
  background.evaluate(() => {
    if (self.notecoachFuzz) {
      self.notecoachFuzz.applies.length = 0;
      self.notecoachFuzz.checks.length = 0;
    }
    if (self.notecoachTest) {
      self.notecoachTest.states.length = 0;
      self.notecoachTest.analyses.length = 0;
    }
  });

type Hooked = Window & {
  noteFuzz?: FuzzHooks;
  /** When the page last saw an input (or a paste, cut or drop) (Date.now()), as the reader does. */
  lastInputAt?: number;
};

async function readNote(page: Page, selector: string): Promise<NoteState> {
  return page.evaluate((editorSelector) => {
    const hooks = (window as Hooked).noteFuzz!;
    const el = document.querySelector(editorSelector)!;
    return {
      text: hooks.text(),
      selection: hooks.selection(),
      shown: el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText,
      html: el instanceof HTMLTextAreaElement ? '' : el.innerHTML,
    };
  }, selector);
}

class Failure extends Error {}

/**
 * A request turned down: the note it was judged on, and whether a request before it wrote
 * (in a rich editor that write is an input, and the reader judges the next request a second
 * after it).
 */
interface Refusal {
  text: string;
  afterWrite: boolean;
}

/** What a Use step may leave: the note, and which of its requests were turned down. */
interface Outcome {
  text: string;
  selection: [number, number];
  /** Each turned-down request asks for a new check at once: how the end of the step is seen. */
  refusals: Refusal[];
  edit: Edit | null;
  /** `version:index` of the findings used. */
  used: string[];
}

/** Steps run and milliseconds spent, by kind of step (for the summary line). */
const TIMES = new Map<string, [number, number]>();
const timing = (): string =>
  [...TIMES]
    .map(([kind, [count, ms]]) => `${kind} ${count}× ${Math.round(ms / count)} ms`)
    .join(', ');

/** One sequence's run: the model, the steps so far, and the checks. */
class Sequence {
  readonly history: History;
  selection: [number, number];
  /** The text just before the last step, if that step was a Use that changed the note. */
  private beforeUse: string | null = null;
  /** The last Use's edit, while beforeUse is set. */
  private lastUse: Edit | null = null;
  readonly log: string[] = [];
  /** `version:index` of the findings whose Use was applied. */
  private readonly used = new Set<string>();
  steps = 0;

  constructor(
    private readonly page: Page,
    private readonly background: Worker,
    private readonly selector: string,
    private readonly rng: () => number,
    /** The editor makes a Use that adds a new line two undo steps (see undone). */
    private readonly newLineUndoesInTwo: boolean,
    /** A rich editor: the reader judges a Use once typing is over a second old. */
    private readonly judgedAfterTyping: boolean,
    /** The editor keeps a line break a replaced selection ends just after (see replaced). */
    private readonly keepsBreakAtSelectionEnd: boolean,
    note: string,
    caret: number,
  ) {
    this.history = { texts: [note], edits: [] };
    this.selection = [caret, caret];
  }

  get text(): string {
    return this.history.texts.at(-1)!;
  }

  private record(text: string, edit: Edit | null): void {
    this.history.texts.push(text);
    this.history.edits.push(edit);
  }

  /** Uses that added a missing line: the note before, and where. */
  private readonly newLines: { before: string; at: number }[] = [];

  private edit(edit: Edit): void {
    this.record(applyEdit(this.text, edit), edit);
    const caret = edit.from + edit.insert.length;
    this.selection = [caret, caret];
  }

  private ordered(): [number, number] {
    const [a, b] = this.selection;
    return a <= b ? [a, b] : [b, a];
  }

  /**
   * What typing, pasting or deleting over the selection replaces. CKEditor 5 (without
   * NoteCoach too) keeps the line break a selection ends just after, as after a triple click:
   * "abc\ndef" with "bc\n" selected and Delete pressed is "a\ndef".
   */
  private replaced(): [number, number] {
    const [from, to] = this.ordered();
    const keeps = this.keepsBreakAtSelectionEnd && from < to - 1 && this.text[to - 1] === '\n';
    return [from, keeps ? to - 1 : to];
  }

  private fail(what: string, actual: NoteState, expected?: string): never {
    throw new Failure(
      [
        what,
        `  expected: ${JSON.stringify(expected ?? this.text)} selection ${JSON.stringify(this.selection)}`,
        `  actual:   ${JSON.stringify(actual.text)} selection ${JSON.stringify(actual.selection)}`,
        `  shown:    ${JSON.stringify(actual.shown)}`,
        `  html:     ${actual.html}`,
      ].join('\n'),
    );
  }

  /** The editor's model and what it shows must both be the model's text. */
  private check(actual: NoteState, selectionKnown: boolean): void {
    // Known and open (docs/testing.md): in a plain contenteditable, the browser's own
    // whitespace clean-up around an execCommand edit can turn two typed spaces elsewhere in
    // the line into two plain spaces, which show as one. Both stay in the DOM's text, checked
    // exactly; only what is shown is compared with runs of spaces as one.
    const spaceRuns = this.selector === '.plain-editor';
    if (!sameText(actual.text, this.text) || !sameShown(actual.shown, this.text, spaceRuns)) {
      this.fail('the note is not what the model says', actual);
    }
    if (!selectionKnown) this.selection = actual.selection;
    else if (this.ordered().join() !== [...actual.selection].sort((a, b) => a - b).join()) {
      this.fail('the selection is not where the model says', actual);
    }
    this.log.push(`  -> selection ${JSON.stringify(actual.selection)}`);
    if (REPLAY) this.log.push(`  -> html ${actual.html}`);
  }

  /** A random next step; after a Use, mostly Ctrl+Z or typing (where the bugs were). */
  nextStep(): Step {
    const rng = this.rng;
    const roll = rng();
    if (this.beforeUse !== null && roll < 0.7) {
      return roll < 0.4 ? { kind: 'undo' } : { kind: 'type', text: this.typing() };
    }
    const length = this.text.length;
    if (roll < 0.3) return { kind: 'use', twice: rng() < 0.3 };
    if (roll < 0.5) return { kind: 'type', text: this.typing() };
    if (roll < 0.6)
      return { kind: rng() < 0.6 ? 'backspace' : 'delete', times: between(rng, 1, 3) };
    if (roll < 0.7) {
      return { kind: 'select', anchor: between(rng, 0, length), focus: between(rng, 0, length) };
    }
    if (roll < 0.75) {
      return {
        kind: 'arrow',
        key: rng() < 0.5 ? 'ArrowLeft' : 'ArrowRight',
        shift: rng() < 0.5,
        times: between(rng, 1, 3),
      };
    }
    if (roll < 0.85) return { kind: 'paste', text: pick(rng, PASTES) };
    return { kind: 'undo' };
  }

  /** A few keys: letters, spaces, commas, and a "." (never two: ProseMirror makes "..." "…"). */
  private typing(): string {
    const rng = this.rng;
    let text = '';
    const keys = between(rng, 1, 4);
    for (let i = 0; i < keys; i += 1) {
      const roll = rng();
      const before = text.at(-1) ?? this.text[this.ordered()[0] - 1];
      if (roll < 0.15 && before !== '.') text += '.';
      else if (roll < 0.3) text += ' ';
      else if (roll < 0.35) text += ',';
      else text += pick(rng, [...LETTERS]);
    }
    return text;
  }

  async run(step: Step): Promise<void> {
    const started = Date.now();
    try {
      await this.runStep(step);
    } finally {
      const spent = TIMES.get(step.kind) ?? [0, 0];
      TIMES.set(step.kind, [spent[0] + 1, spent[1] + Date.now() - started]);
    }
  }

  private async runStep(step: Step): Promise<void> {
    const { page } = this;
    this.steps += 1;
    this.log.push(JSON.stringify(step));
    const afterUse = this.beforeUse;
    this.beforeUse = null;
    if (step.kind !== 'undo') this.lastUse = null;
    switch (step.kind) {
      case 'type': {
        await page.keyboard.type(step.text);
        // Key by key: an editor may undo a few typed keys at a time.
        for (const key of step.text) {
          const [from, to] = this.replaced();
          this.edit({ from, to, insert: key });
        }
        break;
      }
      case 'paste': {
        const [from, to] = this.replaced();
        await page.evaluate((text) => navigator.clipboard.writeText(text), step.text);
        await page.keyboard.press('Control+V');
        this.edit({ from, to, insert: step.text });
        break;
      }
      case 'backspace':
      case 'delete':
        for (let i = 0; i < step.times; i += 1) {
          await page.keyboard.press(step.kind === 'backspace' ? 'Backspace' : 'Delete');
          const [from, to] = this.replaced();
          if (from !== to) this.edit({ from, to, insert: '' });
          else if (step.kind === 'backspace' && from > 0)
            this.edit({ from: from - 1, to, insert: '' });
          else if (step.kind === 'delete' && to < this.text.length) {
            this.edit({ from, to: to + 1, insert: '' });
          }
        }
        break;
      case 'select':
        await page.evaluate(([a, b]) => (window as Hooked).noteFuzz!.select(a, b), [
          step.anchor,
          step.focus,
        ] as const);
        this.selection = [step.anchor, step.focus];
        break;
      case 'arrow':
        for (let i = 0; i < step.times; i += 1) {
          await page.keyboard.press(step.shift ? `Shift+${step.key}` : step.key);
        }
        // The browser moves the DOM's selection; ProseMirror and CKEditor take it on the next
        // selectionchange. A person's next key never comes before that; the fuzz's might.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
        // Where the caret goes is the browser's and the editor's (lines, collapsed spaces), not
        // NoteCoach's: the model takes the selection the editor reports.
        this.check(await readNote(page, this.selector), false);
        return;
      case 'undo': {
        const [before, pressed] = [this.text, Date.now()];
        await page.keyboard.press('Control+z');
        await this.undone(afterUse);
        await this.readerCaughtUp(before, pressed);
        return;
      }
      case 'use': {
        const [before, clicked] = [this.text, Date.now()];
        await this.use(step.twice);
        await this.readerCaughtUp(before, clicked);
        return;
      }
    }
    this.check(await readNote(page, this.selector), true);
  }

  private async undone(afterUse: string | null): Promise<void> {
    if (afterUse !== null) {
      // Ctrl+Z right after a Use restores exactly the note before it: no more, no less.
      const use = this.lastUse;
      const emptyLineLeft =
        this.newLineUndoesInTwo && use && addsLine(use)
          ? applyEdit(afterUse, { from: use.from, to: use.from, insert: '\n' })
          : null;
      let actual = await this.settle(
        (note) => sameText(note.text, afterUse) || note.text === emptyLineLeft,
      );
      if (emptyLineLeft !== null && sameText(actual.text, emptyLineLeft)) {
        // Known and open (docs/testing.md): CKEditor 5 records a Use that adds a missing line
        // as two undo steps, the new paragraph and its words. The first Ctrl+Z takes the words
        // back, every character of the note as it was, and leaves the empty line; the second
        // must take that too, and nothing more.
        this.log.push('  (Ctrl+Z left the new empty line: pressed again)');
        // A report of the note with its empty line may reach the sidebar before the second
        // Ctrl+Z: its missing lines are placed on that line, and are turned down once it goes.
        this.record(emptyLineLeft, null);
        await this.page.keyboard.press('Control+z');
        actual = await this.settle((note) => sameText(note.text, afterUse));
      }
      if (!sameText(actual.text, afterUse) || !sameShown(actual.shown, afterUse)) {
        this.fail('Ctrl+Z after Use did not restore the note before it', actual, afterUse);
      }
      this.record(afterUse, null);
      this.selection = actual.selection;
      this.log.push(`  -> selection ${JSON.stringify(actual.selection)}`);
      return;
    }
    // Any other Ctrl+Z: editors group typing into undo steps their own way, so which earlier
    // text comes back is theirs to choose; it must be one the note had, never a new one.
    let actual = await readNote(this.page, this.selector);
    const leftLine = this.newLines
      .map(({ before, at }) => applyEdit(before, { from: at, to: at, insert: '\n' }))
      .find((text) => this.newLineUndoesInTwo && sameText(actual.text, text));
    if (leftLine && !this.history.texts.some((text) => sameText(actual.text, text))) {
      // As above: a missing line's Use takes CKEditor 5 two undo steps.
      this.log.push('  (Ctrl+Z left the new empty line: pressed again)');
      this.record(leftLine, null);
      await this.page.keyboard.press('Control+z');
      actual = await readNote(this.page, this.selector);
    }
    const earlier = this.history.texts.findLast((text) => sameText(actual.text, text));
    if (earlier === undefined || !sameShown(actual.shown, earlier)) {
      this.fail(
        'Ctrl+Z made a text the note never had',
        actual,
        `one of ${JSON.stringify(this.history.texts)}`,
      );
    }
    this.record(earlier, null);
    this.selection = actual.selection;
    this.log.push(`  -> selection ${JSON.stringify(actual.selection)}`);
  }

  /**
   * After a step that changed a rich note without an input event (Ctrl+Z, a Use), waits until
   * the reader has asked for a check of the note as it now is, as it does 150 ms after an edit.
   * A person's next click comes later than that; the fuzz's could come sooner, and the check
   * then asked for after the reader judged that click's Use would pass for its refusal.
   */
  private async readerCaughtUp(before: string, since: number): Promise<void> {
    if (!this.judgedAfterTyping || sameText(this.text, before)) return;
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const checked = await checkedSince(this.background, since);
      if (checked.some((check) => sameText(check.text, this.text))) return;
      if (Date.now() > deadline) {
        this.fail(
          'the reader did not ask for a check of the note after the step',
          await readNote(this.page, this.selector),
        );
      }
      await this.page.waitForTimeout(10);
    }
  }

  /** Polls the note until `done` holds or WAIT_MS pass; returns the last reading. */
  private async settle(done: (note: NoteState) => boolean): Promise<NoteState> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const note = await readNote(this.page, this.selector);
      if (done(note) || Date.now() > deadline) return note;
      await this.page.waitForTimeout(10);
    }
  }

  /** Clicks a random Use in the sidebar (or the same one twice) and checks what it did. */
  private async use(twice: boolean): Promise<void> {
    const { page, background } = this;
    const roll = this.rng();
    const buttons = page.locator('notecoach-sidebar button.use');
    const count = await buttons.count();
    if (count === 0) {
      this.log.push('  (no Use in the sidebar)');
      this.check(await readNote(page, this.selector), true);
      return;
    }
    const before = await appliesSeen(background);
    // As a person does: aimed at a Use button once it has stopped moving, clicked only if it is
    // still what is under the pointer (Playwright's checks), else aimed again. A report arriving
    // meanwhile re-renders the cards; which request the click sent is judged below.
    const button = buttons.nth(Math.floor(roll * count));
    const clicked = await (
      twice ? button.dblclick({ timeout: 3_000 }) : button.click({ timeout: 3_000 })
    )
      .then(() => true)
      .catch((error: unknown) => {
        if (error instanceof Error && error.name === 'TimeoutError') return false;
        throw error;
      });
    if (!clicked) this.log.push('  (the Use was gone before it could be clicked)');
    const expected = clicked ? (twice ? 2 : 1) : 0;
    let sent = await sentUses(background, before, expected);
    // A request turned down asks for a check of the note as it is, at once, when the reader
    // judges it: such a check asked for since then tells it. A rich editor's reader judges it
    // only once typing is over a second old (as the page saw its inputs); a check asked for
    // before that is an earlier edit's, a Ctrl+Z's for one, and a write may still follow it
    // (ProseMirror, prosemirror:1796290685). No edit's check is still due by then: inputs are a
    // second old, and an undo or Use step ends once the reader has asked for its check
    // (readerCaughtUp). A check of another text is a write's own, which may come before the
    // write is read here. A request after a write (a double click) is judged a second after
    // the write where the write is an input (ProseMirror, the contenteditable): the step must
    // not end before, or its check passes for the next step's refusal.
    const lastInputAt = () => page.evaluate(() => (window as Hooked).lastInputAt ?? 0);
    const inputAtClick = await lastInputAt();
    const judgedFrom = (inputAt: number): number => {
      const first = sent[0]!.at;
      return this.judgedAfterTyping ? Math.max(first, inputAt + TYPING_WAIT_MS) : first;
    };
    let actual = await readNote(page, this.selector);
    const deadline = Date.now() + WAIT_MS;
    let outcomes = this.outcomes(sent);
    let match: Outcome | undefined;
    for (;;) {
      let told = (_refusal: Refusal) => false;
      if (sent.length > 0) {
        const [first, afterWrite] = [judgedFrom(inputAtClick), judgedFrom(await lastInputAt())];
        const checks = await checkedSince(background, first);
        // Two requests turned down one after the other are judged together: one check tells both.
        told = (refusal) =>
          checks.some(
            (check) =>
              check.at >= (refusal.afterWrite ? afterWrite : first) &&
              sameText(check.text, refusal.text),
          );
      }
      match = outcomes.find(
        (outcome) => sameText(actual.text, outcome.text) && outcome.refusals.every(told),
      );
      if (match || Date.now() > deadline) break;
      await page.waitForTimeout(10);
      actual = await readNote(page, this.selector);
      // What the requests may do can grow as the background sees the checks they raced with.
      sent = await sentUses(background, before, 0);
      outcomes = this.outcomes(sent);
    }
    this.log.push(`  sent ${JSON.stringify(sent.map((m) => [m.version, m.index, m.suggestion]))}`);
    if (!match) {
      this.fail(
        `Use did something the model does not allow (allowed: ${JSON.stringify(outcomes.map((o) => o.text))})`,
        actual,
      );
    }
    if (match.edit) {
      // The selection follows the editor's own model a moment after the DOM's.
      actual = await this.settle(
        (note) => [...note.selection].sort((a, b) => a - b).join() === [...match!.selection].join(),
      );
      this.beforeUse = this.text;
      this.lastUse = match.edit;
      if (addsLine(match.edit)) {
        this.newLines.push({ before: this.text, at: match.edit.from });
      }
      for (const key of match.used) this.used.add(key);
      this.record(match.text, match.edit);
      this.selection = match.selection;
    }
    // A double click that sent one request: the sidebar re-rendered between its clicks, and the
    // second landed on what came under the pointer (a card, which selects its words).
    this.check(actual, !(twice && sent.length < 2));
  }

  /** What the requests `sent` may have done, each with the requests that were turned down. */
  private outcomes(sent: SentUse[]): Outcome[] {
    let outcomes: Outcome[] = [
      { text: this.text, selection: this.selection, refusals: [], edit: null, used: [] },
    ];
    for (const message of sent) {
      const { finding, analysed } = message;
      const replacement = finding?.replacement;
      // The sidebar's version was stale if the note as it was at the click had been checked as a
      // newer version when the reader judged the request: at once in a textarea; in a rich
      // editor once typing is over a second old, by when every check of it was asked for.
      const stale = (this.judgedAfterTyping ? message.newer : message.newerBefore).includes(
        this.text,
      );
      const next: Outcome[] = [];
      for (const outcome of outcomes) {
        const history: History = outcome.edit
          ? {
              texts: [...this.history.texts, outcome.text],
              edits: [...this.history.edits, outcome.edit],
            }
          : this.history;
        // The note may have had the checked text more than once (Ctrl+Z returns to a text): the
        // reader's spans went through the edits since one of them, the model cannot tell which.
        const spans = history.texts.flatMap((text, k) =>
          finding && text === analysed ? [trackSpan(history, k, finding.start, finding.end)] : [],
        );
        // A suggestion once used is gone from its card: clicked again, it writes nothing.
        const key = `${message.version}:${message.index}`;
        const used = this.used.has(key) || outcome.used.includes(key);
        const untouched = spans.filter((span) => !span.touched);
        const places = [...new Set(untouched.map((span) => `${span.start}:${span.end}`))].map(
          (place) => place.split(':').map(Number) as [number, number],
        );
        // A missing line's place that no longer suits its words (its empty line went, or words
        // were typed beside it) is turned down, never written joined to another line.
        const misplaced = (start: number, end: number) =>
          start === end &&
          replacement !== undefined &&
          !onOwnLine(outcome.text, start, replacement);
        if (
          untouched.length < spans.length ||
          spans.length === 0 ||
          stale ||
          used ||
          untouched.some((span) => span.unsure) ||
          places.some(([start, end]) => misplaced(start, end))
        ) {
          const refusal = { text: outcome.text, afterWrite: outcome.edit !== null };
          next.push({ ...outcome, refusals: [...outcome.refusals, refusal] });
        }
        for (const [start, end] of places) {
          if (used || replacement === undefined) break;
          if (misplaced(start, end)) continue;
          const edit = { from: start, to: end, insert: replacement };
          next.push({
            text: applyEdit(outcome.text, edit),
            selection: selectionAfterUse(start, replacement),
            refusals: outcome.refusals,
            edit,
            used: [...outcome.used, key],
          });
        }
      }
      outcomes = next;
    }
    return outcomes;
  }
}

/**
 * A Use that added a missing line: after a line ("\nLine") or above one ("Line\n", which a rich
 * editor writes as "\nLine" at the end of the line before, rich-editor.ts). Either way CKEditor 5's
 * first Ctrl+Z leaves an empty line where it was.
 */
function addsLine(edit: Edit): boolean {
  return edit.from === edit.to && (edit.insert.startsWith('\n') || edit.insert.endsWith('\n'));
}

function seedOf(editor: string, n: number): number {
  let hash = 2166136261;
  for (const char of `${editor}:${n}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

for (const target of EDITORS) {
  const replays = (REPLAY ?? '')
    .split(',')
    .filter((seed) => seed.startsWith(`${target.name}:`))
    .map((seed) => Number(seed.split(':')[1]));
  const replaying = replays.length > 0;
  const runs = REPLAY ? replays.length : Math.ceil(RUNS / EDITORS.length);
  test(`${target.name}: ${runs} random sequences of typing, Use and Ctrl+Z keep the note as the model says`, async ({
    page,
    background,
    extension,
  }) => {
    test.skip(runs === 0, 'replaying another editor');
    // A rich editor's Use waits until typing is over a second old: most of a sequence's time.
    test.setTimeout(60_000 + runs * 4_000);
    await extension.grantPermissions(['clipboard-read', 'clipboard-write']);
    await listenLikeTheSidebar(background, false);
    await resetSidebarLayout(background);
    await recordApplies(background);
    const numbers = replaying ? replays : Array.from({ length: runs }, (_, i) => BASE + i);
    const failures: string[] = [];
    TIMES.clear();
    let steps = 0;
    let loaded = 0;

    let tabId = -1;
    const started = Date.now();
    for (const n of numbers) {
      if (loaded === 0) {
        await page.goto(target.path);
        await page.waitForFunction(() => (window as Hooked).noteFuzz !== undefined);
        await page.evaluate(() => {
          const hooked = window as Hooked;
          const seen = () => (hooked.lastInputAt = Date.now());
          // As the reader does: ProseMirror and CKEditor write a paste themselves, no input.
          // On the window, so as to run before the reader's listener on the document: after
          // it, the time was later than the reader's by the time it took to read the note.
          for (const type of ['input', 'paste', 'cut', 'drop']) {
            window.addEventListener(type, seen, true);
          }
        });
        // A press of the pointer in the note: NoteCoach coaches only fields the user touched.
        await page.locator(target.editor).click();
        tabId = (await reportShown(background, null)) ?? -1;
      }
      loaded = (loaded + 1) % PAGE_LIFE;
      const rng = random(seedOf(target.name, n));
      const note = pick(rng, NOTES);
      const caret = between(rng, 0, note.length);
      await forgetSeen(background);
      await page.evaluate((text) => (window as Hooked).noteFuzz!.reset(text), note);
      // The textarea and contenteditable pages make a new editor for each note (see their
      // reset), focused: NoteCoach coaches it from the user's first key in it.
      if (target.name === 'contenteditable' || target.name === 'textarea') {
        await page.keyboard.press('Shift');
      }
      await page.evaluate((at) => {
        const hooks = (window as Hooked).noteFuzz!;
        hooks.select(at, at);
        // A textarea's value set by script fires nothing: tell NoteCoach as typing would.
        document
          .querySelector('textarea[name=note]')
          ?.dispatchEvent(new Event('input', { bubbles: true }));
      }, caret);
      // The sidebar shows this note's findings before the first step: NoteCoach checks a note
      // at once when its settings change, instead of after a pause in typing.
      expect(await reportShown(background, note, tabId), 'the sidebar is shown the note').toBe(
        tabId,
      );
      const sequence = new Sequence(
        page,
        background,
        target.editor,
        rng,
        target.name === 'ckeditor5',
        target.name !== 'textarea',
        target.name === 'ckeditor5',
        note,
        caret,
      );
      try {
        const stepCount = between(rng, 3, 5);
        for (let i = 0; i < stepCount; i += 1) await sequence.run(sequence.nextStep());
      } catch (error) {
        if (!(error instanceof Failure)) throw error;
        const seed = `${target.name}:${n}`;
        failures.push(
          `FUZZ_SEED=${seed}\n  steps: ${sequence.log.join('\n    ')}\n${error.message}`,
        );
        loaded = 0;
      }
      steps += sequence.steps;
      if (replaying) {
        process.stdout.write(`steps of ${target.name}:${n}:\n  ${sequence.log.join('\n  ')}\n`);
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `fuzz ${target.name}: ${numbers.length} sequences, ${steps} steps, ${failures.length} failed, ${seconds} s (${timing()})\n`,
    );
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
}

// The practice editor: the trainee rewrites a bad note and watches its findings clear. The
// findings are the sidebar's own cards, and a suggestion is applied the way the sidebar
// applies it (through the browser's input path, so Ctrl+Z undoes it).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../engine/types';
import { applyReplacement } from '../../page/apply';
import { textareaAdapter } from '../../page/editors/textarea';
import type { Painter } from '../../page/highlight/marks';
import { shiftSpans } from '../../page/highlight/shift';
import { createTextareaPainter } from '../../page/highlight/textarea-overlay';
import { FindingList } from '../../ui/FindingList';
import { programName } from '../../ui/program-names';
import { SummaryBadge } from '../../ui/SummaryBadge';
import { countToFix } from '../../ui/summary';
import { UnitsGlance } from '../../ui/UnitsGlance';
import type { Checker } from '../check-client';
import type { PracticeNote } from '../practice-notes';
import { practiceProgress } from '../practice-progress';
import { useReport } from '../use-report';

/** Quiet time after a keystroke before the note is checked again, as in the reader. */
export const TYPING_DELAY_MS = 300;

interface PracticeEditorProps {
  notes: readonly PracticeNote[];
  check: Checker;
  noteId: string;
  onNoteChange(noteId: string): void;
}

const ignoreKey = (finding: Finding, excerpt: string) =>
  `${finding.rule}\u0000${finding.code}\u0000${excerpt}`;

export function PracticeEditor({ notes, check, noteId, onNoteChange }: PracticeEditorProps) {
  const note = notes.find((candidate) => candidate.id === noteId) ?? notes[0]!;
  return (
    <section class="view" aria-labelledby="practice-title">
      <h2 id="practice-title" tabIndex={-1}>
        Practice
      </h2>
      <p class="lead">
        Pick a note that needs work and rewrite it. The findings update as you type; use a
        suggestion with a click and undo it with Ctrl+Z.
      </p>
      <label class="pick">
        Note to practice{' '}
        <select value={note.id} onChange={(event) => onNoteChange(event.currentTarget.value)}>
          {groupByProgram(notes).map(([program, members]) => (
            <optgroup key={program} label={programName(program)}>
              {members.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {/* A new note starts a new session: the editor and its undo history belong to one note. */}
      <PracticeSession key={note.id} note={note} check={check} />
    </section>
  );
}

function groupByProgram(notes: readonly PracticeNote[]) {
  const groups = new Map<PracticeNote['program'], PracticeNote[]>();
  for (const note of notes) groups.set(note.program, [...(groups.get(note.program) ?? []), note]);
  return [...groups];
}

function PracticeSession({ note, check }: { note: PracticeNote; check: Checker }) {
  const [text, setText] = useState(note.text);
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const area = useRef<HTMLTextAreaElement>(null);
  const original = useReport(check, note.program, note.text);
  const live = useReport(check, note.program, text, TYPING_DELAY_MS);

  const shown = useMemo(() => {
    const findings = (live.report?.findings ?? []).filter(
      (finding) => !ignored.has(ignoreKey(finding, live.text.slice(finding.start, finding.end))),
    );
    return { findings, excerpts: findings.map((f) => live.text.slice(f.start, f.end)) };
  }, [live, ignored]);

  // The reader's own underlines, moved through the typing since the last check.
  const painter = useRef<Painter | null>(null);
  useEffect(() => {
    // An extension page: no web page script is there to hide the underlines from.
    const created = createTextareaPainter(area.current!, 'open');
    painter.current = created;
    return () => created.dispose();
  }, []);
  useEffect(() => {
    const flagged = shown.findings.filter((finding) => finding.end > finding.start);
    painter.current?.paint(
      shiftSpans(flagged, live.text, text).flatMap((span) => (span === null ? [] : [span])),
    );
  }, [shown, live.text, text]);

  const progress =
    original.report && live.report
      ? practiceProgress(original.report.findings, live.report.findings)
      : null;
  const upToDate = live.report !== null && live.text === text;
  const toFix = live.report ? countToFix({ findings: shown.findings }) : null;

  const actions = {
    onReveal(index: number) {
      const finding = shown.findings[index];
      if (finding && area.current && upToDate)
        textareaAdapter.select(area.current, finding.start, finding.end);
    },
    onApply(index: number, position: number) {
      const finding = shown.findings[index];
      const replacement = finding?.suggestions[position]?.replacement;
      // Offsets belong to the checked text; after more typing they would land elsewhere.
      if (!finding || replacement === undefined || !area.current || !upToDate) return;
      void applyReplacement(
        { adapter: textareaAdapter, root: area.current },
        finding.start,
        finding.end,
        replacement,
      );
    },
    onIgnore(index: number) {
      const finding = shown.findings[index];
      if (!finding) return;
      setIgnored(new Set(ignored).add(ignoreKey(finding, shown.excerpts[index] ?? '')));
    },
  };

  return (
    <div class="practice">
      <div class="practice-note">
        <label for="practice-text" class="field-label">
          Note ({programName(note.program)} rules)
        </label>
        <textarea
          id="practice-text"
          ref={area}
          value={text}
          spellcheck
          rows={16}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <div class="practice-tools">
          <button type="button" onClick={() => setText(note.text)} disabled={text === note.text}>
            Start over
          </button>
          {ignored.size > 0 && (
            <button type="button" onClick={() => setIgnored(new Set())}>
              Show {ignored.size} ignored
            </button>
          )}
        </div>
      </div>
      <div class="practice-findings">
        <div class="practice-summary">
          <SummaryBadge toFix={toFix} />
          {progress && <Progress {...progress} />}
        </div>
        {live.report && <UnitsGlance report={live.report} />}
        {live.failed && (
          <p class="problem" role="alert">
            The note could not be checked.
          </p>
        )}
        {live.report && shown.findings.length === 0 && (
          <p class="all-clear-note">Nothing to fix in this note. Well done.</p>
        )}
        <FindingList findings={shown.findings} excerpts={shown.excerpts} {...actions} />
      </div>
    </div>
  );
}

function Progress({ total, cleared, added }: { total: number; cleared: number; added: number }) {
  return (
    <div class="progress-line">
      <progress max={total} value={cleared} aria-label="Findings cleared" />
      <p role="status">
        {cleared} of {total} cleared
        {added > 0 && ` · ${added} new`}
      </p>
    </div>
  );
}

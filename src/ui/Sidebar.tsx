import { useEffect, useRef } from 'preact/hooks';
import type { Report } from '../engine/types';
import type { FindingActions } from './FindingCard';
import { FindingList } from './FindingList';
import { count } from './format';
import { CheckIcon, ChevronIcon, LockIcon, LogoMark, SwapSideIcon } from './icons';
import { programName } from './program-names';
import type { SidebarLayout } from './sidebar-layout';
import { SummaryBadge } from './SummaryBadge';
import { countToFix } from './summary';
import { UnitsGlance } from './UnitsGlance';
import { UnitsPanel } from './UnitsPanel';

/** The focused note's findings as the reader sent them. */
export interface NoteView {
  report: Report;
  excerpts: readonly string[];
  /** Only this part of a too-long note was checked: `[start, end)` of `length` characters. */
  part?: { start: number; end: number; length: number };
  /** Findings the user ignored in this note, left out of `report`. */
  ignored?: number;
  /** A Check now of a note too long to check as the user types: not updated as they type. */
  paused?: { length: number; limit: number };
}

/** The focused note is over the length checked as the user types. */
export interface TooLong {
  length: number;
  limit: number;
  /** Live checking is paused: the whole note can still be checked when the user asks. */
  paused?: boolean;
}

interface SidebarProps extends FindingActions {
  note: NoteView | null;
  /** Set instead of `note` while the focused note is too long to check as the user types. */
  tooLong?: TooLong | null;
  /** Checks the part of the too-long note in view. */
  onCheckPart?(): void;
  /** Checks the whole of a note live checking is paused for, once. */
  onCheckNow?(): void;
  /** Brings back the last ignored finding of this note, or all of them. */
  onRestoreIgnored?(which: 'last' | 'all'): void;
  /** The findings are for text the user selected on the page, not for a note being typed. */
  selection?: boolean;
  layout: SidebarLayout;
  onLayoutChange(layout: SidebarLayout): void;
}

function summaryText(toFix: number | null, tooLong: TooLong | null): string {
  if (tooLong?.paused) return 'Live checking is paused for this long note.';
  if (tooLong) return 'This note is too long to check as you type.';
  if (toFix === null) return 'No note is being checked.';
  return toFix === 0 ? 'Looks good.' : `${toFix} to fix.`;
}

/** The coaching panel beside the EHR; collapses to a small tab that keeps the summary. */
export function Sidebar({
  note,
  tooLong = null,
  onCheckPart,
  onCheckNow,
  onRestoreIgnored,
  selection = false,
  layout,
  onLayoutChange,
  ...actions
}: SidebarProps) {
  const toFix = note ? countToFix(note.report) : null;
  const otherSide = layout.side === 'right' ? 'left' : 'right';
  const expandButton = useRef<HTMLButtonElement>(null);
  const collapseButton = useRef<HTMLButtonElement>(null);
  const userToggled = useRef(false);

  // Keep keyboard focus on the control that replaced the one just pressed.
  useEffect(() => {
    if (!userToggled.current) return;
    userToggled.current = false;
    (layout.collapsed ? expandButton : collapseButton).current?.focus();
  }, [layout.collapsed]);

  const setCollapsed = (collapsed: boolean) => {
    userToggled.current = true;
    onLayoutChange({ ...layout, collapsed });
  };

  return (
    <section
      class={`nc nc-${layout.side}${layout.collapsed ? ' nc-collapsed' : ''}`}
      role="region"
      aria-label="NoteCoach"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !layout.collapsed) {
          event.preventDefault();
          setCollapsed(true);
        }
      }}
    >
      <span class="sr-only" role="status">
        {summaryText(toFix, tooLong)}
      </span>
      {layout.collapsed ? (
        <button
          type="button"
          class="tab"
          ref={expandButton}
          aria-expanded="false"
          title="Open NoteCoach"
          onClick={() => setCollapsed(false)}
        >
          <LogoMark class="icon logo" />
          <span class="tab-name">NoteCoach</span>
          <SummaryBadge toFix={toFix} tooLong={tooLong !== null} paused={tooLong?.paused} />
        </button>
      ) : (
        <div class="panel">
          <header class="head">
            <div class="brand">
              <LogoMark class="icon logo" />
              <h2>NoteCoach</h2>
            </div>
            <SummaryBadge toFix={toFix} tooLong={tooLong !== null} paused={tooLong?.paused} />
            <div class="tools">
              <button
                type="button"
                class="tool"
                aria-label={`Move to the ${otherSide} side`}
                title={`Move to the ${otherSide} side`}
                onClick={() => onLayoutChange({ ...layout, side: otherSide })}
              >
                <SwapSideIcon />
              </button>
              <button
                type="button"
                class="tool"
                ref={collapseButton}
                aria-label="Collapse NoteCoach"
                aria-expanded="true"
                title="Collapse (Esc)"
                onClick={() => setCollapsed(true)}
              >
                <ChevronIcon direction={layout.side === 'right' ? 'right' : 'left'} />
              </button>
            </div>
          </header>
          {note && !note.part && <UnitsGlance report={note.report} />}
          {note?.part && (
            <div class="part-note">
              <p>
                Checked the part in view only (characters {count(note.part.start + 1)}–
                {count(note.part.end)} of {count(note.part.length)}): its wording, as you type.
                Missing elements and units need the whole note.
              </p>
              {onCheckPart && (
                <button type="button" class="check-part" onClick={onCheckPart}>
                  Check the part now in view
                </button>
              )}
            </div>
          )}
          {note?.paused && (
            <div class="part-note paused-note">
              <p>
                Live checking is paused: this note has {count(note.paused.length)} characters, more
                than the {count(note.paused.limit)} checked as you type. These findings are from
                your last check and do not change as you type.
              </p>
              {onCheckNow && (
                <button type="button" class="check-part check-now" onClick={onCheckNow}>
                  Check now
                </button>
              )}
            </div>
          )}
          {note && selection && (
            <p class="selection-note">
              Showing the text you selected. Suggestions are for you to copy; nothing on the page is
              changed.
            </p>
          )}
          <div class="body">
            {note ? (
              <>
                {note.report.findings.length === 0 && (
                  <p class="all-clear">
                    <CheckIcon class="icon good" />
                    <span>Nothing to fix in this {selection ? 'selection' : 'note'}.</span>
                  </p>
                )}
                <FindingList
                  findings={note.report.findings}
                  excerpts={note.excerpts}
                  exclude={['limit']}
                  {...actions}
                  readOnly={selection}
                />
                {!selection && onRestoreIgnored && (note.ignored ?? 0) > 0 && (
                  <div class="ignored-note" role="group" aria-label="Ignored findings">
                    <span>
                      {note.ignored === 1 ? '1 finding' : `${count(note.ignored ?? 0)} findings`}{' '}
                      ignored in this note.
                    </span>
                    <button
                      type="button"
                      class="restore"
                      onClick={(event) => {
                        event.currentTarget.blur();
                        onRestoreIgnored('last');
                      }}
                    >
                      Undo Ignore
                    </button>
                    {(note.ignored ?? 0) > 1 && (
                      <button
                        type="button"
                        class="restore"
                        onClick={(event) => {
                          event.currentTarget.blur();
                          onRestoreIgnored('all');
                        }}
                      >
                        Show all ignored
                      </button>
                    )}
                  </div>
                )}
                {!note.part && (
                  <UnitsPanel
                    report={note.report}
                    excerpts={note.excerpts}
                    {...actions}
                    readOnly={selection}
                  />
                )}
              </>
            ) : tooLong?.paused ? (
              <div class="empty too-long">
                <p class="empty-title">Live checking is paused for this long note</p>
                <p class="muted">
                  It has {count(tooLong.length)} characters; NoteCoach checks up to{' '}
                  {count(tooLong.limit)} as you type, so the page stays quick. Check it whenever you
                  like: the check runs in the background.
                </p>
                {onCheckNow && (
                  <button type="button" class="check-part check-now" onClick={onCheckNow}>
                    Check now
                  </button>
                )}
              </div>
            ) : tooLong ? (
              <div class="empty too-long">
                <p class="empty-title">This note is too long to check as you type</p>
                <p class="muted">
                  It has {count(tooLong.length)} characters; NoteCoach checks up to{' '}
                  {count(tooLong.limit)} as you type. Nothing in it was checked.
                </p>
                {onCheckPart && (
                  <button type="button" class="check-part" onClick={onCheckPart}>
                    Check the part in view
                  </button>
                )}
              </div>
            ) : (
              <div class="empty">
                <p class="empty-title">Click into a progress note</p>
                <p class="muted">
                  NoteCoach reads the note as you type and suggests clearer, billable wording.
                </p>
              </div>
            )}
          </div>
          <footer class="foot">
            <span>
              {note ? `${programName(note.report.program)} rules` : 'Ready'}
              {selection && ' · selected text'}
            </span>
            <span class="private">
              <LockIcon />
              Stays on this computer
            </span>
          </footer>
        </div>
      )}
    </section>
  );
}

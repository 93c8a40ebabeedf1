import { Component } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../engine/types';
import { KIND_LABELS, SEVERITY_LABELS, findingSubject } from './finding-kinds';
import { LightbulbIcon, SeverityIcon } from './icons';
import { SourceCitation } from './SourceCitation';

export interface FindingActions {
  onReveal(index: number): void;
  /** Without onApply the suggestions are advice only (the supervisor review page). */
  onApply?(index: number, suggestion: number): void;
  /** Without onIgnore there is no Ignore button. */
  onIgnore?(index: number): void;
  /** Findings for a selection: suggestions are shown as advice, nothing can be changed. */
  readOnly?: boolean;
  /** The finding whose words hold the caret in the note: its card is marked and scrolled to. */
  currentIndex?: number | null;
}

interface FindingCardProps extends FindingActions {
  finding: Finding;
  /** The flagged words as the note has them; empty for a missing field. */
  excerpt: string;
  /** The finding's position in the report, which the reader uses to find it again. */
  index: number;
}

/** One finding: what was flagged, why, where the rule comes from, and how to fix it. */
/**
 * A mouse press on Use or Ignore leaves focus (and the caret) in the note: the keys typed right
 * after the click reach the note at once, not the page's body while focus travels back.
 * Keyboard users still reach the buttons with Tab; focus returns to the note after they act.
 */
function keepFocusInNote(event: MouseEvent): void {
  event.preventDefault();
}

function Card({
  finding,
  excerpt,
  index,
  onReveal,
  onApply,
  onIgnore,
  readOnly = false,
  currentIndex = null,
}: FindingCardProps) {
  const current = currentIndex === index;
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const card = item.current;
    if (!current || !card) return;
    const reveal = () => card.scrollIntoView({ block: 'nearest' });
    // Never scroll the list under the user's pointer: the card they are aiming at would move
    // and their click land on another (a Use placing the caret in a [blank] marks its card).
    const panel = card.closest('.nc');
    if (!panel?.matches(':hover')) return reveal();
    panel.addEventListener('pointerleave', reveal, { once: true });
    return () => panel.removeEventListener('pointerleave', reveal);
  }, [current]);
  const subject = findingSubject(finding.code, excerpt);
  const shown = subject.quoted ? `“${subject.text}”` : subject.text;
  const head = (
    <>
      <span class={`severity severity-${finding.severity}`}>
        <SeverityIcon severity={finding.severity} />
        {SEVERITY_LABELS[finding.severity]}
      </span>
      <span class={subject.quoted ? 'excerpt' : 'excerpt excerpt-missing'}>{shown}</span>
    </>
  );
  return (
    <li
      ref={item}
      class={`card card-${finding.severity}${current ? ' card-current' : ''}`}
      aria-current={current ? 'true' : undefined}
      data-index={index}
      aria-label={`${KIND_LABELS[finding.kind]}: ${subject.text}`}
      onClick={readOnly ? undefined : () => onReveal(index)}
    >
      {readOnly ? (
        <div class="card-head">{head}</div>
      ) : (
        <button type="button" class="card-head" title="Show in the note">
          {head}
        </button>
      )}
      <p class="message">{finding.message}</p>
      {finding.suggestions.length > 0 && (
        <ul class="suggestions" aria-label="Suggestions">
          {finding.suggestions.map((suggestion, position) => (
            <li key={position}>
              {suggestion.replacement === undefined ? (
                <p class="advice">
                  <LightbulbIcon />
                  <span>{suggestion.label}</span>
                </p>
              ) : readOnly || !onApply ? (
                <p class="advice">
                  <LightbulbIcon />
                  <span>
                    <span class="use-prefix">Try:</span> {suggestion.replacement}
                  </span>
                </p>
              ) : (
                <button
                  type="button"
                  class="use"
                  title={suggestion.label}
                  onMouseDown={keepFocusInNote}
                  onClick={(event) => {
                    event.stopPropagation();
                    // The card re-renders under a focused button: a later key must not press it.
                    event.currentTarget.blur();
                    onApply(index, position);
                  }}
                >
                  <span class="use-prefix">Use:</span> {suggestion.replacement}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="card-foot">
        <SourceCitation source={finding.source} />
        {!readOnly && onIgnore && (
          <button
            type="button"
            class="ignore"
            aria-label={`Ignore ${shown}`}
            onMouseDown={keepFocusInNote}
            onClick={(event) => {
              event.stopPropagation();
              event.currentTarget.blur();
              onIgnore(index);
            }}
          >
            Ignore
          </button>
        )}
      </div>
    </li>
  );
}

/** The same card, drawn the same: where a finding sits in the note does not show on its card. */
function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.kind === b.kind &&
      a.code === b.code &&
      a.rule === b.rule &&
      a.severity === b.severity &&
      a.message === b.message &&
      a.source.document === b.source.document &&
      a.source.section === b.source.section &&
      a.suggestions.length === b.suggestions.length &&
      a.suggestions.every(
        (s, i) =>
          s.label === b.suggestions[i]?.label && s.replacement === b.suggestions[i]?.replacement,
      ))
  );
}

/**
 * One finding's card, re-rendered only when what it shows or does changed: a new report after
 * a keystroke re-renders the cards that changed, not all of them. The actions must therefore be
 * stable functions that read the current note when called (SidebarHost's are).
 */
export class FindingCard extends Component<FindingCardProps> {
  override shouldComponentUpdate(next: FindingCardProps): boolean {
    const now = this.props;
    return !(
      now.index === next.index &&
      now.excerpt === next.excerpt &&
      now.readOnly === next.readOnly &&
      (now.currentIndex === now.index) === (next.currentIndex === next.index) &&
      now.onReveal === next.onReveal &&
      now.onApply === next.onApply &&
      now.onIgnore === next.onIgnore &&
      sameFinding(now.finding, next.finding)
    );
  }

  override render(props: FindingCardProps) {
    return <Card {...props} />;
  }
}

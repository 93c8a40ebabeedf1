// One teaching pair side by side: each note checked live by the engine, its flagged words
// marked, and the reason it fails or passes.
import type { Finding } from '../../engine/types';
import { KIND_LABELS } from '../../ui/finding-kinds';
import { programName } from '../../ui/program-names';
import { SourceCitation } from '../../ui/SourceCitation';
import type { Checker } from '../check-client';
import type { ExamplePair } from '../pairs/example-pair';
import { useReport } from '../use-report';
import { FindingReasons } from './FindingReasons';
import { HighlightedNote } from './HighlightedNote';

interface PairCardProps {
  pair: ExamplePair;
  check: Checker;
  onPractice(pair: ExamplePair): void;
}

export function PairCard({ pair, check, onPractice }: PairCardProps) {
  const bad = useReport(check, pair.program, pair.bad, 0, pair.context);
  const taught = bad.report?.findings.find(
    (finding) => finding.kind === pair.expect.kind && finding.code === pair.expect.code,
  );
  const titleId = `pair-${pair.id}`;
  return (
    <article class="pair" aria-labelledby={titleId}>
      <header class="pair-head">
        <h3 id={titleId}>{pair.title}</h3>
        <p class="pair-meta">
          {programName(pair.program)} · {KIND_LABELS[pair.expect.kind]} ·{' '}
          {pair.origin === 'guide' ? (
            <>
              From <SourceCitation source={pair.source} />
            </>
          ) : (
            'Written for NoteCoach'
          )}
        </p>
      </header>
      <div class="pair-sides">
        <section class="side side-bad" aria-label="Not appropriate">
          <h4>Not appropriate</h4>
          {bad.report ? (
            <>
              <HighlightedNote text={pair.bad} findings={bad.report.findings} />
              <p class="verdict verdict-fails">
                Fails: {bad.report.findings.length}{' '}
                {bad.report.findings.length === 1 ? 'finding' : 'findings'}
              </p>
              <FindingReasons text={pair.bad} findings={bad.report.findings} />
            </>
          ) : (
            <>
              <HighlightedNote text={pair.bad} findings={[]} />
              <CheckingOrFailed failed={bad.failed} />
            </>
          )}
          <button type="button" class="practice-this" onClick={() => onPractice(pair)}>
            Practice rewriting this note
          </button>
        </section>
        <section class="side side-good" aria-label="Appropriate">
          <h4>Appropriate</h4>
          {pair.good.map((text, index) => (
            <GoodNote key={index} text={text} pair={pair} check={check} taught={taught} />
          ))}
        </section>
      </div>
    </article>
  );
}

function GoodNote({
  text,
  pair,
  check,
  taught,
}: {
  text: string;
  pair: ExamplePair;
  check: Checker;
  taught: Finding | undefined;
}) {
  const good = useReport(check, pair.program, text, 0, pair.context);
  if (!good.report) {
    return (
      <div class="good-note">
        <HighlightedNote text={text} findings={[]} />
        <CheckingOrFailed failed={good.failed} />
      </div>
    );
  }
  const findings = good.report.findings;
  return (
    <div class="good-note">
      <HighlightedNote text={text} findings={findings} />
      {findings.length === 0 ? (
        <p class="verdict verdict-passes">Passes: nothing to fix</p>
      ) : (
        <p class="verdict verdict-fails">
          Still {findings.length} {findings.length === 1 ? 'finding' : 'findings'}
        </p>
      )}
      {taught && (
        <p class="passes-because">
          It follows the rule the other note breaks: {taught.message}{' '}
          <SourceCitation source={taught.source} />
        </p>
      )}
      <FindingReasons text={text} findings={findings} />
    </div>
  );
}

/** The note is shown at once; its verdict follows when the checker answers (or cannot). */
function CheckingOrFailed({ failed }: { failed: boolean }) {
  return failed ? (
    <p class="problem" role="alert">
      This note could not be checked.
    </p>
  ) : (
    <p class="checking">Checking against the rules…</p>
  );
}

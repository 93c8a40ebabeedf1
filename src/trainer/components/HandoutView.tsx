// A printable handout for one program: what every note needs, then each rule with an
// example that breaks it and one that follows it, citing the source section.
import { PROGRAM_IDS, type ProgramId } from '../../rules/packs';
import { FIELD_LABELS, KIND_LABELS } from '../../ui/finding-kinds';
import { programName } from '../../ui/program-names';
import { SourceCitation } from '../../ui/SourceCitation';
import type { Handout, HandoutRule } from '../handout';

interface HandoutViewProps {
  program: ProgramId;
  handout: Handout;
  onProgramChange(program: ProgramId): void;
  onPrint(): void;
}

/** Terms are quoted (“assisted”); categories and limits read as names (transportation). */
const QUOTED_KINDS = new Set(['ambiguous-term', 'subjective-language']);

export function HandoutView({ program, handout, onProgramChange, onPrint }: HandoutViewProps) {
  return (
    <section class="view" aria-labelledby="handout-title">
      <div class="handout-controls">
        <label>
          Program{' '}
          <select
            value={program}
            onChange={(event) => {
              const chosen = PROGRAM_IDS.find((id) => id === event.currentTarget.value);
              if (chosen) onProgramChange(chosen);
            }}
          >
            {PROGRAM_IDS.map((id) => (
              <option key={id} value={id}>
                {programName(id)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="primary" onClick={onPrint}>
          Print handout
        </button>
      </div>
      <div class="handout">
        <header class="handout-head">
          <p class="handout-kicker">NoteCoach documentation handout</p>
          <h2 id="handout-title" tabIndex={-1}>
            {handout.name}
          </h2>
          <p>{handout.description}</p>
        </header>
        {handout.requiredFields.length > 0 && (
          <section class="handout-section" aria-labelledby="handout-fields">
            <h3 id="handout-fields">Every note needs</h3>
            <ul class="handout-fields">
              {handout.requiredFields.map((field) => (
                <li key={field.field}>
                  <strong>{FIELD_LABELS[field.field]}</strong>: {field.message}{' '}
                  <SourceCitation source={field.source} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {handout.sections.map((section) => (
          <section
            key={section.kind}
            class="handout-section"
            aria-labelledby={`handout-${section.kind}`}
          >
            <h3 id={`handout-${section.kind}`}>{KIND_LABELS[section.kind]}</h3>
            {section.rules.map((rule) => (
              <HandoutRuleItem key={rule.id} rule={rule} quoted={QUOTED_KINDS.has(section.kind)} />
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}

function HandoutRuleItem({ rule, quoted }: { rule: HandoutRule; quoted: boolean }) {
  return (
    <article class="handout-rule">
      <h4>{quoted ? `“${rule.title}”` : rule.title.replace(/-/g, ' ')}</h4>
      <p>{rule.message}</p>
      <dl class="handout-examples">
        <div class="example-breaks">
          <dt>Breaks the rule</dt>
          <dd>{rule.breaks}</dd>
        </div>
        <div class="example-follows">
          <dt>Follows the rule</dt>
          <dd>{rule.follows}</dd>
        </div>
      </dl>
      <p class="handout-source">
        Source: <SourceCitation source={rule.source} />
      </p>
    </article>
  );
}

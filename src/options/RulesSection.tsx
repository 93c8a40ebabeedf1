import { SEVERITIES, type Severity } from '../engine/types';
import type { ResolvedPack, Rule } from '../rules/schema';
import { KIND_LABELS, KIND_ORDER, SEVERITY_LABELS } from '../ui/finding-kinds';
import { SourceCitation } from '../ui/SourceCitation';

interface RulesSectionProps {
  pack: ResolvedPack;
  rulesOff: readonly string[];
  severities: Readonly<Record<string, Severity>>;
  onToggle(ruleId: string, on: boolean): void;
  onSeverity(ruleId: string, severity: Severity): void;
}

/** Every rule of the pack in use, by kind: on or off, how serious, and where it comes from. */
export function RulesSection({
  pack,
  rulesOff,
  severities,
  onToggle,
  onSeverity,
}: RulesSectionProps) {
  const off = new Set(rulesOff);
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    rules: pack.rules.filter((rule) => rule.kind === kind),
  })).filter((group) => group.rules.length > 0);

  return (
    <section class="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p class="hint">
        The rules of {pack.name}. A rule turned off is never flagged; severity sets how a finding is
        shown.
      </p>
      {groups.map((group) => (
        <details class="rule-group" key={group.kind}>
          <summary>
            <span class="kind">{KIND_LABELS[group.kind]}</span>
            <span class="count">
              {group.rules.filter((rule) => !off.has(rule.id)).length} of {group.rules.length} on
            </span>
          </summary>
          <ul class="rules" aria-label={`${KIND_LABELS[group.kind]} rules`}>
            {group.rules.map((rule) => (
              <RuleRow
                key={rule.id}
                rule={rule}
                on={!off.has(rule.id)}
                severity={Object.hasOwn(severities, rule.id) ? severities[rule.id]! : rule.severity}
                onToggle={onToggle}
                onSeverity={onSeverity}
              />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

interface RuleRowProps {
  rule: Rule;
  on: boolean;
  severity: Severity;
  onToggle(ruleId: string, on: boolean): void;
  onSeverity(ruleId: string, severity: Severity): void;
}

function RuleRow({ rule, on, severity, onToggle, onSeverity }: RuleRowProps) {
  const id = `rule-${rule.id}`;
  return (
    <li class={on ? 'rule' : 'rule rule-off'}>
      <input
        id={id}
        type="checkbox"
        checked={on}
        aria-describedby={`${id}-message`}
        onChange={(event) => onToggle(rule.id, event.currentTarget.checked)}
      />
      <div class="rule-text">
        <label for={id}>
          <span class="rule-code">{rule.code}</span> <span class="rule-id">{rule.id}</span>
        </label>
        <p id={`${id}-message`}>{rule.message}</p>
        <SourceCitation source={rule.source} />
      </div>
      <select
        aria-label={`Severity of ${rule.id}`}
        value={severity}
        disabled={!on}
        onChange={(event) => onSeverity(rule.id, event.currentTarget.value as Severity)}
      >
        {SEVERITIES.map((level) => (
          <option key={level} value={level}>
            {SEVERITY_LABELS[level]}
          </option>
        ))}
      </select>
    </li>
  );
}

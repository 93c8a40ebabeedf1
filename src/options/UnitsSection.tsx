import type { RoundingRule } from '../engine/types';
import type { ResolvedPack } from '../rules/schema';
import type { PackChoice } from '../settings/schema';
import { roundingInWords } from '../ui/rounding-words';

const ROUNDING_NAMES: Record<RoundingRule, string> = {
  'whole-units': 'Whole units only',
  'nearest-unit': 'Nearest unit',
  'cms-8-minute': 'CMS 8-minute rule',
  'cpt-midpoint': 'CPT midpoint rule',
};

interface UnitsSectionProps {
  pack: ResolvedPack;
  choice: PackChoice;
  onChange(choice: PackChoice): void;
}

const money = (amount: number) => `$${amount.toFixed(2)}`;

/** Rounding and rate, shown only where the pack offers a choice. */
export function UnitsSection({ pack, choice, onChange }: UnitsSectionProps) {
  const unit = pack.unit;
  const rates = pack.rates.filter((rate) => !rate.group);
  const roundingChoices = unit && unit.roundingOptions.length > 1 ? unit.roundingOptions : [];
  if (roundingChoices.length === 0 && rates.length < 2) return null;
  const rounding =
    choice.rounding && unit?.roundingOptions.includes(choice.rounding)
      ? choice.rounding
      : unit?.rounding;
  const rate = rates.find((r) => r.id === choice.rate) ?? rates.find((r) => r.default) ?? rates[0];

  return (
    <section class="card" aria-labelledby="units-heading">
      <h2 id="units-heading">Units and rates</h2>
      <div class="fields">
        {unit && rounding && roundingChoices.length > 0 && (
          <div class="field">
            <label for="rounding">Rounding of {unit.minutes}-minute units</label>
            <select
              id="rounding"
              value={rounding}
              aria-describedby="rounding-hint"
              onChange={(event) =>
                onChange({ ...choice, rounding: event.currentTarget.value as RoundingRule })
              }
            >
              {roundingChoices.map((rule) => (
                <option key={rule} value={rule}>
                  {ROUNDING_NAMES[rule]}
                  {rule === unit.rounding ? ' (program default)' : ''}
                </option>
              ))}
            </select>
            <p class="hint" id="rounding-hint">
              {roundingInWords(rounding, unit.minutes)}
            </p>
          </div>
        )}
        {rate && rates.length > 1 && (
          <div class="field">
            <label for="rate">Rate for dollar estimates</label>
            <select
              id="rate"
              value={rate.id}
              onChange={(event) => onChange({ ...choice, rate: event.currentTarget.value })}
            >
              {rates.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}: {money(r.amount)} per {r.per}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
    </section>
  );
}

// The pack the engine actually runs: a base pack with the agency's settings laid over it.
import type { SourceRef } from '../engine/types';
import type { AmbiguousTermRule, ResolvedPack, Rule } from '../rules/schema';
import type { ExtraTerm, Settings } from './schema';

/**
 * An extra term comes from the agency, not from a seed document, and says so. The pack loader
 * accepts only seed documents in pack files; these rules are built here and never loaded.
 */
export const AGENCY_SOURCE_DOCUMENT = 'agency-settings';

export function applySettings(base: ResolvedPack, settings: Settings): ResolvedPack {
  const off = new Set(settings.rulesOff);
  const rules: Rule[] = [...base.rules, ...agencyTermRules(settings.extraTerms)]
    .filter((rule) => !off.has(rule.id))
    .map((rule) => {
      const severity = ownValue(settings.severities, rule.id);
      return severity === undefined || severity === rule.severity ? rule : { ...rule, severity };
    });
  const choice = ownValue(settings.packChoices, base.id) ?? {};
  const unit =
    base.unit && choice.rounding && base.unit.roundingOptions.includes(choice.rounding)
      ? { ...base.unit, rounding: choice.rounding }
      : base.unit;
  return { ...base, rules, unit, rates: withDefaultRate(base.rates, choice.rate) };
}

/** Rule and pack ids are keys of stored records: never read what an object inherits. */
function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The chosen individual rate becomes the default; an unknown id leaves the pack's default. */
function withDefaultRate(rates: ResolvedPack['rates'], chosen: string | undefined) {
  const pick = rates.find((rate) => rate.id === chosen && !rate.group);
  if (pick === undefined) return rates;
  return rates.map((rate) => (rate.group ? rate : { ...rate, default: rate === pick }));
}

export function agencyTermRules(terms: readonly ExtraTerm[]): AmbiguousTermRule[] {
  const used = new Set<string>();
  return terms.map(({ term, wording }) => {
    const id = uniqueId(`agency-term-${slug(term)}`, used);
    const source: SourceRef = { document: AGENCY_SOURCE_DOCUMENT, section: `extra term "${term}"` };
    return {
      id,
      kind: 'ambiguous-term',
      code: term,
      message: `Your agency asks for more specific wording than "${term}".`,
      severity: 'warning',
      source,
      except: [],
      suggestions: [{ label: `Your agency's wording: ${wording}`, replacement: wording }],
      match: { phrases: [term], flagUnless: 'method', instead: [wording] },
      examples: { fires: [`CSW ${term} client.`], quiet: [`CSW ${wording}.`] },
    };
  });
}

function slug(term: string): string {
  return (
    term
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'term'
  );
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n += 1) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

// A resolved pack written back as one self-contained pack file: what "Export" downloads,
// ready to edit and import again as a custom pack.
import type { Pack, ResolvedPack } from '../rules/schema';

export function packFileFor(pack: ResolvedPack): Pack {
  const {
    id,
    name,
    description,
    sources,
    unit,
    activities,
    rates,
    caps,
    vocabulary,
    requiredFields,
    rules,
  } = pack;
  return {
    id,
    name,
    description,
    extends: [],
    sources,
    unit,
    activities,
    rates,
    caps,
    vocabulary,
    requiredFields,
    rules,
  };
}

export function packFileText(pack: ResolvedPack): string {
  return `${JSON.stringify(packFileFor(pack), null, 2)}\n`;
}

// Which pack a program choice stands for, and the pack the engine runs for given settings.
import { PACKS } from '../rules/packs';
import type { ResolvedPack } from '../rules/schema';
import { applySettings } from './apply-settings';
import { parseCustomPack } from './custom-pack';
import { CUSTOM_PROGRAM, DEFAULT_PROGRAM, type Settings } from './schema';

export interface BasePack {
  pack: ResolvedPack;
  /** Set when the custom pack was chosen but could not be used, so the default runs instead. */
  problem: string | null;
}

export function basePackFor(settings: Settings): BasePack {
  if (settings.program !== CUSTOM_PROGRAM) return { pack: PACKS[settings.program], problem: null };
  const fallback = PACKS[DEFAULT_PROGRAM];
  if (settings.customPack === null) {
    return { pack: fallback, problem: 'The custom pack was chosen but none is saved.' };
  }
  const custom = parseCustomPack(settings.customPack);
  return custom.ok
    ? { pack: custom.pack, problem: null }
    : { pack: fallback, problem: 'The saved custom pack is no longer valid.' };
}

/** The pack the engine runs: the chosen pack with rules off, severities, terms and units applied. */
export function activePackFor(settings: Settings): ResolvedPack {
  return applySettings(basePackFor(settings).pack, settings);
}

// The rule packs bundled with the extension and the CLI, resolved and ready by program id.
import ctDdsParenting from '../../rules/ct-dds-parenting.json';
import ctDmhasCsp from '../../rules/ct-dmhas-csp.json';
import maCsp from '../../rules/ma-csp.json';
import moCommunitySupport from '../../rules/mo-community-support.json';
import shared from '../../rules/shared.json';
import { loadPacks } from './load';
import type { ResolvedPack } from './schema';

export const PROGRAM_IDS = [
  'ct-dmhas-csp',
  'ma-csp',
  'mo-community-support',
  'ct-dds-parenting',
] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];

/** The bundled pack files as they are on disk, by file name. */
export const BUNDLED_PACK_FILES: Readonly<Record<string, unknown>> = {
  'rules/shared.json': shared,
  'rules/ct-dmhas-csp.json': ctDmhasCsp,
  'rules/ma-csp.json': maCsp,
  'rules/mo-community-support.json': moCommunitySupport,
  'rules/ct-dds-parenting.json': ctDdsParenting,
};

function bundledPacks(): Record<ProgramId, ResolvedPack> {
  const { packs, errors } = loadPacks(BUNDLED_PACK_FILES);
  // The bundled packs are checked by the test suite; a broken one is a build error.
  if (errors.length > 0) throw new Error(`Bundled rule packs are invalid:\n${errors.join('\n')}`);
  const byId = {} as Record<ProgramId, ResolvedPack>;
  for (const id of PROGRAM_IDS) byId[id] = packs.get(id) as ResolvedPack;
  return byId;
}

export const PACKS: Readonly<Record<ProgramId, ResolvedPack>> = bundledPacks();

/** Each program's name, by id (the CLI lists them without reading the rest of each pack). */
export const PROGRAM_NAMES = Object.fromEntries(
  PROGRAM_IDS.map((id) => [id, PACKS[id].name]),
) as Readonly<Record<ProgramId, string>>;

// Human names for the bundled programs' ids (shared/PRODUCT.md).
const PROGRAM_NAMES: Record<string, string> = {
  'ct-dmhas-csp': 'CT DMHAS CSP',
  'ma-csp': 'Massachusetts CSP',
  'mo-community-support': 'Missouri community support',
  'ct-dds-parenting': 'CT DDS Parenting Support',
};

export function programName(id: string): string {
  return PROGRAM_NAMES[id] ?? id;
}

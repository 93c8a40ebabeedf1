// Human names for the bundled programs' ids (shared/PRODUCT.md).
const PROGRAM_NAMES: Record<string, string> = {
  'ct-dmhas-csp': 'CT DMHAS Community Support',
  'ma-csp': 'MA Community Support',
  'mo-community-support': 'Missouri Community Support',
  'ct-dds-parenting': 'CT DDS Parenting Support',
};

export function programName(id: string): string {
  return PROGRAM_NAMES[id] ?? id;
}

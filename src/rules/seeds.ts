// The rule sources in shared/seeds. A rule may only cite one of these documents.
export const SEED_DOCUMENTS = {
  '000_198047cccad68f0c.txt':
    'Connecticut DMHAS Community Support Program (CSP) service definition',
  '001_13220241f8e90511.txt': 'Massachusetts Community Support Program (CSP) description',
  '002_272baf8fda9674c5.txt': 'Missouri 9 CSR 30-3.110 (11) Community Support guidelines',
  '003_450d3d394fd2d703.txt': 'Connecticut DDS Parenting Support Services service definition',
  '004_c81835f231f0e542.txt': 'Connecticut DDS FY16 Funding Guidelines',
} as const;

export type SeedDocument = keyof typeof SEED_DOCUMENTS;

export function isSeedDocument(name: string): name is SeedDocument {
  return Object.hasOwn(SEED_DOCUMENTS, name);
}

// Every rule carries its own proof: the sentences it must flag and the ones it must leave alone.
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/engine';
import { PACKS, PROGRAM_IDS } from '../../src/rules/packs';

for (const program of PROGRAM_IDS) {
  const pack = PACKS[program];
  describe(`${program} rule examples`, () => {
    it.each(pack.rules.map((rule) => rule.id))('%s has a firing example and a near-miss', (id) => {
      const rule = pack.rules.find((candidate) => candidate.id === id);
      expect(rule?.examples.fires.length).toBeGreaterThan(0);
      expect(rule?.examples.quiet.length).toBeGreaterThan(0);
    });
    for (const rule of pack.rules) {
      it.each(rule.examples.fires)(`${rule.id} fires on %j`, (example) => {
        const rules = analyzeNote(example, pack).findings.map((finding) => finding.rule);
        expect(rules).toContain(rule.id);
      });
      it.each(rule.examples.quiet)(`${rule.id} stays quiet on %j`, (example) => {
        const rules = analyzeNote(example, pack).findings.map((finding) => finding.rule);
        expect(rules).not.toContain(rule.id);
      });
    }
  });
}

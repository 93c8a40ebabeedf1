import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../engine';
import { PACKS } from '../rules/packs';
import { practiceProgress } from './practice-progress';

const pack = PACKS['ct-dmhas-csp'];
const findings = (text: string) => analyzeNote(text, pack).findings;
const HEADER =
  'Date: 03/04/2026\nTime: 1:00 PM - 1:45 PM\nLocation: participant’s home\nRecovery Plan goal 2: participant will pay rent on time.\nSigned: J. Rivera, CSW\n';

describe('practiceProgress', () => {
  it('counts a fixed finding as cleared and the rest as still to do', () => {
    const original = findings(`${HEADER}CSW assisted participant. CSW drove participant home.`);
    const progress = practiceProgress(
      original,
      findings(`${HEADER}CSW taught participant to read his lease. CSW drove participant home.`),
    );
    expect(progress).toEqual({ total: 2, cleared: 1, added: 0 });
  });

  it('counts everything cleared when the rewrite has no findings', () => {
    const original = findings(`${HEADER}CSW assisted participant. CSW drove participant home.`);
    const progress = practiceProgress(
      original,
      findings(`${HEADER}CSW taught participant to read his lease and mark the due date.`),
    );
    expect(progress).toEqual({ total: 2, cleared: 2, added: 0 });
  });

  it('reports findings the rewrite brought in without counting them as cleared', () => {
    const original = findings(`${HEADER}CSW assisted participant.`);
    const progress = practiceProgress(original, findings(`${HEADER}Participant was lazy.`));
    expect(progress).toEqual({ total: 1, cleared: 1, added: 1 });
  });

  it('clears one of two identical findings when only one is fixed', () => {
    const original = findings(`${HEADER}CSW assisted participant. CSW assisted him again.`);
    const progress = practiceProgress(
      original,
      findings(`${HEADER}CSW taught participant to read his lease. CSW assisted him again.`),
    );
    expect(progress).toEqual({ total: 2, cleared: 1, added: 0 });
  });
});

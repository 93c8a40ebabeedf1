import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';

const limitsOf = (text: string, program: keyof typeof PACKS, context = {}) =>
  analyzeNote(text, PACKS[program], context).findings.filter((finding) => finding.kind === 'limit');

describe('limits', () => {
  it('CT DMHAS: a 10-minute contact is under the 15-minute minimum, and says so', () => {
    const [finding] = limitsOf(
      'Start: 4:05 PM End: 4:15 PM. Reminded client of his appointment.',
      'ct-dmhas-csp',
    );
    expect(finding?.code).toBe('under-minimum-duration');
    expect(finding?.message).toContain('10 minutes');
    expect(limitsOf('Start: 4:05 PM End: 4:20 PM. Reminded client.', 'ct-dmhas-csp')).toEqual([]);
  });

  it('CT DMHAS: a group of more than 4 people, from the note or from the form', () => {
    expect(
      limitsOf('Group of 6 participants, 10-11 am.', 'ct-dmhas-csp').map((f) => f.code),
    ).toEqual(['group-over-4-people']);
    expect(
      limitsOf('Group session, 10-11 am.', 'ct-dmhas-csp', { groupSize: 5 }).map((f) => f.code),
    ).toEqual(['group-over-4-people']);
    expect(limitsOf('Group session, 10-11 am.', 'ct-dmhas-csp', { groupSize: 4 })).toEqual([]);
  });

  it('Missouri: an Initial Discharge Planning Session over 4 units', () => {
    const note = (end: string) =>
      `Initial Discharge Planning Session\nStart: 9:00 am End: ${end}\nIdentified recovery supports.`;
    expect(limitsOf(note('10:30 am'), 'mo-community-support').map((f) => f.message)).toEqual([
      'An Initial Discharge Planning Session may bill at most 4 units; this note supports 6.',
    ]);
    expect(limitsOf(note('10:00 am'), 'mo-community-support')).toEqual([]);
  });

  it('Missouri: a plan review meeting over 1 unit unless unusual circumstances are documented', () => {
    const text = 'Start: 1:00 pm End: 1:45 pm. CSW attended the treatment plan review with client.';
    expect(limitsOf(text, 'mo-community-support').map((f) => f.code)).toEqual([
      'team-meeting-over-1-unit',
    ]);
    expect(
      limitsOf(`${text} Unusual circumstances: interpreter needed.`, 'mo-community-support'),
    ).toEqual([]);
  });

  it('Parenting Support: a week over the 4-hour average, counting earlier sessions from the context', () => {
    const text = 'Start: 9:00 am End: 10:30 am. Provider modeled bottle preparation.';
    expect(limitsOf(text, 'ct-dds-parenting')).toEqual([]);
    const [finding] = limitsOf(text, 'ct-dds-parenting', { weekMinutes: 180 });
    expect(finding?.code).toBe('parenting-over-weekly-average');
    expect(finding?.message).toContain('4.5 hours');
  });
});

import { describe, expect, it } from 'vitest';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';

const limitsOf = (text: string, program: keyof typeof PACKS, context = {}) =>
  analyzeNote(text, PACKS[program], context).findings.filter((finding) => finding.kind === 'limit');

describe('limits', () => {
  it('Missouri: a plan review named as the session type ("Type: TP review") is one', () => {
    const note = (type: string) => `DOS: 03/18/2026   Time: 1:30-2:15 pm   Place: Riverbend, 2nd floor conf room\nType: ${type}\nCSW reported progress on goal 2.`; // prettier-ignore
    expect(limitsOf(note('TP review (client, counselor, nurse, CSW)'), 'mo-community-support').map((f) => f.code)).toEqual(['team-meeting-over-1-unit']); // prettier-ignore
    expect(limitsOf(note('individual session'), 'mo-community-support')).toEqual([]);
  });

  it('Missouri: a plan review picked in a drop-down below a long header is one', () => {
    const header = `CareFrame Clinical > Service Documentation > Community Support (CSW)\nClient: Michaela Dorsey     Record #: MO-60214     Program: Adult CSP, Northside office, caseload 14\nService date: 03/30/2026    Time in: 2:00 PM    Time out: 2:50 PM    Total: 50 min\n`; // prettier-ignore
    const note = (type: string) => `${header}Service type: [ ${type}   v]\nCSW reported progress on goal 2.`; // prettier-ignore
    expect(limitsOf(note('Community Support - Treatment Plan Review'), 'mo-community-support').map((f) => f.code)).toEqual(['team-meeting-over-1-unit']); // prettier-ignore
    expect(limitsOf(note('Community Support - Individual'), 'mo-community-support')).toEqual([]);
  });

  it('Missouri: a plan review named on the line after a line of header fields is the session', () => {
    const note = (second: string) => `Client: Lamar W.   3/10/2026   Maple Ave office, conference room\n${second}\nCSW reported on goal 2.\nCSW time in meeting: 10:00-10:45, 3 units.`; // prettier-ignore
    expect(limitsOf(note('Scheduled 30-day treatment plan review with Lamar, counselor Shauna Fitz LCSW, and CSW.'), 'mo-community-support').map((f) => f.code)).toEqual(['team-meeting-over-1-unit']); // prettier-ignore
    expect(limitsOf(note('Went over his budget; he asked to move his plan review up.'), 'mo-community-support')).toEqual([]); // prettier-ignore
  });

  it('Missouri: the discharge-planning heading opens the note, or follows a one-line EHR header', () => {
    const body = 'Start: 9:00 End: 10:15. CSW and client listed her housing needs.';
    const codes = (text: string) => limitsOf(text, 'mo-community-support').map((f) => f.code);
    expect(codes(`Initial Discharge Planning Session\n${body}`)).toEqual(['discharge-planning-over-4-units']); // prettier-ignore
    expect(codes(`SERVICE: Community Support | CLIENT: D. Kerr | DOS: 03/16/2026\nInitial Discharge Planning Session\n${body}`)).toEqual(['discharge-planning-over-4-units']); // prettier-ignore
    expect(codes(`Goal: get ready for Initial Discharge Planning Session\n${body}`)).toEqual([]); // prettier-ignore
  });

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
    // A loose count on its own line, in a note whose heading says it is a group.
    const loose = (count: string) =>
      `GROUP NOTE - grounding skills\n1:00-2:00 pm, clinic.\n${count}\n`;
    expect(limitsOf(loose('5 members today.'), 'ct-dmhas-csp').map((f) => f.code)).toEqual([
      'group-over-4-people',
    ]);
    expect(limitsOf(loose('4 members today.'), 'ct-dmhas-csp')).toEqual([]);
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

  it('Missouri: the plan review limit is for a note of that meeting, not one that mentions another', () => {
    const visit = [
      'Time: 7:30-9:15 am. Location: client home to the clinic.',
      'Treatment plan goal 1: attend the hep C intake.',
      'His counselor and CSW agreed at the 10/22 plan review that CSW would go with him this time.',
      'CSW coached him through the breathing skill on the way; he checked in on his own.',
    ].join('\n');
    expect(limitsOf(visit, 'mo-community-support')).toEqual([]);
    const huddle =
      '01/21/2026 - 30 min, program office. Huddled w/ counselor Mike T. and supervisor about whether to move his plan review up.';
    expect(limitsOf(huddle, 'mo-community-support')).toEqual([]);
    const meeting = 'Treatment Plan Review - 90 day\nTime: 7:30-9:15 am\nCSW reported on goal 1.';
    expect(limitsOf(meeting, 'mo-community-support').map((f) => f.code)).toEqual([
      'team-meeting-over-1-unit',
    ]);
  });

  it('Missouri: a plan review that bills one unit of a longer meeting is within the limit', () => {
    const note = (billing: string) =>
      `Treatment plan review, conference room. Meeting ran 2:00-2:50; ${billing}. CSW reported on goal 3.`;
    expect(limitsOf(note('CSW is billing 15 minutes only (one unit)'), 'mo-community-support')).toEqual([]); // prettier-ignore
    expect(limitsOf(note('CSW is billing 2 units'), 'mo-community-support').map((f) => f.code)).toEqual(['team-meeting-over-1-unit']); // prettier-ignore
    const report = analyzeNote(note('CSW is billing 15 minutes only (one unit)'), PACKS['mo-community-support']); // prettier-ignore
    expect(report.units?.units).toBe(1);
    expect(report.units?.explanation).toContain('of which the note bills 15');
  });

  it('Parenting Support: a week over the 4-hour average, counting earlier sessions from the context', () => {
    const text = 'Start: 9:00 am End: 10:30 am. Provider modeled bottle preparation.';
    expect(limitsOf(text, 'ct-dds-parenting')).toEqual([]);
    const [finding] = limitsOf(text, 'ct-dds-parenting', { weekMinutes: 180 });
    expect(finding?.code).toBe('parenting-over-weekly-average');
    expect(finding?.message).toContain('4.5 hours');
  });

  it('Parenting Support: a heavy week whose stated average is within the limit passes', () => {
    const note = (average: string) =>
      `Start: 9:00 am End: 10:30 am. Provider modeled bottle preparation. This week comes to 5.5 hrs ${average}.`;
    expect(limitsOf(note('but the last 4 wks avg 3.6/wk'), 'ct-dds-parenting')).toEqual([]);
    expect(limitsOf(note('and the avg is 4.5 hrs/wk'), 'ct-dds-parenting').map((f) => f.code)).toEqual(['parenting-over-weekly-average']); // prettier-ignore
    // The authorized average is the limit, not the family's.
    expect(limitsOf(note('(authorized: avg 4 hrs/wk)'), 'ct-dds-parenting').map((f) => f.code)).toEqual(['parenting-over-weekly-average']); // prettier-ignore
    expect(limitsOf(note('and last week was 3 hrs - still 4 a week on average'), 'ct-dds-parenting')).toEqual([]); // prettier-ignore
  });

  it('Missouri: the one-unit limit is for a plan review, not the meeting that writes the first plan (002 (A)1, (A)2)', () => {
    const codes = (text: string) => limitsOf(text, 'mo-community-support').map((f) => f.code);
    expect(codes('Interdisciplinary Team Meeting (initial treatment plan development)\n2:00-2:45 PM, team room. CSW presented the strengths and needs Dylan named.')).toEqual([]); // prettier-ignore
    expect(codes('Treatment plan review with Dylan and the team\n2:00-2:45 PM, team room. CSW presented his progress on goal 2.')).toEqual(['team-meeting-over-1-unit']); // prettier-ignore
  });

  it('Parenting Support: reads the week as workers total it', () => {
    const note = (week: string) =>
      `Start: 9:00 am End: 10:30 am. Provider modeled bottle preparation. ${week}`;
    const codes = (week: string) => limitsOf(note(week), 'ct-dds-parenting').map((f) => f.code);
    expect(codes('Hours this week: Mon 1.5, Wed 2.0, today 1.75 = 5.25 hrs.')).toEqual(['parenting-over-weekly-average']); // prettier-ignore
    expect(codes('6.5 hrs total this week.')).toEqual(['parenting-over-weekly-average']);
    expect(codes('Wk total incl today 4 h 45 m.')).toEqual(['parenting-over-weekly-average']);
    expect(codes('Hours this week incl. today: 6.0 (3 visits).')).toEqual(['parenting-over-weekly-average']); // prettier-ignore
    expect(codes('Family has averaged about 7 h/week since Sept per schedule.')).toEqual(['parenting-over-weekly-average']); // prettier-ignore
    expect(codes('Hours this week: Mon 1.0, today 1.5 = 2.5 hrs.')).toEqual([]);
    expect(codes('This is the 4th visit this week; hours this week with today: 7.25.')).toEqual(['parenting-over-weekly-average']); // prettier-ignore
    // the week's count so far, at the stated length or this visit's
    expect(codes('This is our third 2-hour session this week (Monday, Wednesday and today).')).toEqual(['parenting-over-weekly-average']); // prettier-ignore
    expect(codes('This is the 3rd visit this week.')).toEqual(['parenting-over-weekly-average']);
    expect(codes('This is our second visit this week.')).toEqual([]);
    // visits a week times this visit's length; meals or practice a week are not visits
    expect(codes('Seeing her 3x a wk since the baby came.')).toEqual(['parenting-over-weekly-average']); // prettier-ignore
    expect(codes('Objective: she will offer one new food next to a familiar one at least 4 times a week.')).toEqual([]); // prettier-ignore
    // travel the weekly total says it includes is not service
    expect(codes("Weekly log: 4 h 20 min on this week's log including 35 min of my travel.")).toEqual([]); // prettier-ignore
    expect(codes("Weekly log: 4 h 50 min on this week's log including 35 min of my travel.")).toEqual(['parenting-over-weekly-average']); // prettier-ignore
    expect(limitsOf(note('and last week was 6 hrs - 5.75 a week on average'), 'ct-dds-parenting').map((f) => f.code)).toEqual(['parenting-over-weekly-average']); // prettier-ignore
  });
});

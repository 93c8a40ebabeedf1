import { describe, expect, it } from 'vitest';
import { findGroupSize } from './group-size';

describe('findGroupSize', () => {
  it.each([
    ['Led a group of 5 members on budgeting.', 5, 'group of 5 members'],
    ['5 participants attended the session.', 5, '5 participants attended'],
    ['Facilitated group (6 clients) on coping skills.', 6, 'group (6 clients)'],
    ['Met with 3 other clients at the center.', 4, 'with 3 other clients'],
    ['Client met with three others.', 4, 'with three others'],
    ['Group size: 5', 5, 'Group size: 5'],
    ['Number of participants: 7', 7, 'Number of participants: 7'],
    ['Skills group of five.', 5, 'group of five'],
    ['Session attended by 4 members.', 4, 'attended by 4 members'],
    ['Four group members were present.', 4, 'Four group members were present'],
    ['Present: 5 members (B.K., L.T., D.W., M.R., this member P.Q.)', 5, 'Present: 5 members'],
  ])('%j is a group of %i', (text, size, words) => {
    const found = findGroupSize(text);
    expect(found?.size).toBe(size);
    expect(found && text.slice(found.start, found.end)).toBe(words);
  });

  it.each([
    'Client joined a group of friends.',
    'Client called 3 clients from the list.',
    'Worked on 2 goals.',
    'Met 3 times this week.',
    'Goal #5 participants',
  ])('%j states no group size', (text) => {
    expect(findGroupSize(text)).toBeNull();
  });

  it.each([
    ['WRAP group, 6 in group incl Marcus.', 6],
    ['Grounding group: 5 members today (Ana, Brenda, Kevin, Luis, Tamika).', 5],
    ['Good turnout at group today, five of our folks came.', 5],
    ['coping grp - there were 5 today: AB, CM, DJ, RT, LP', 5],
    ["Group: the usual four plus Keisha, who's new this week.", 5],
    ["Cooking group. Six came tonight (Ed, Lorraine, Pam, Corey, Marlene, and Gail's first time).", 6], // prettier-ignore
    ['Coping group. Members present: Brian T., Carmen V., Felix O., Rosa L., Dwayne M. (5)', 5],
    ['Group. Luis V., Carmen D., Eddie P., Shawna K., Frank B. (five in room)', 5],
    ['WRAP group. Attendance was high today - six members (D.F. + five others) in one group.', 6],
    ['Warning signs group\nParticipants (5): J.M., T.S., R.P., A.W., L.C.', 5],
    ['SERVICE     | CSP group - coping skills\nGROUP SIZE  | 6 (two walk-ins joined)', 6],
    ['Group note. Other group members were Keisha, Andre, Lin and Gary, so there were five participants total.', 5], // prettier-ignore
    ['Group: Money Skills\n6 participants. Individual note for: Gary Pruitt', 6],
    ['CSP Group\nPresent: Marisol Cintron, Dwayne Pratt, Gloria Haines, Terrence Boyle, Hui Chen (all CSP participants) + staff Kevin Lutz', 5], // prettier-ignore
    ['Group: Money Skills (6 participants and 1 facilitator)', 6],
    ['grp 10-11 5 ppl - dk, mr, sj, tw, ph', 5],
    ['Recovery group. We had five show up today counting Rosalind.', 5],
    ['Budget group.\nPresent: members A.D., R.F., K.L., M.O., P.S., T.V.', 6],
    ['Budget group.\nPresent: Ana, Brenda, Kevin, CSW Tom (facilitator)', 3],
  ])('a loose count in a note about a group: %j', (text, size) => {
    expect(findGroupSize(text)?.size).toBe(size);
  });

  it('reads a loose count only in a note about a group', () => {
    expect(findGroupSize('Saw 5 clients today between visits.')).toBeNull();
    expect(findGroupSize('5 clients today', false)).toBeNull();
    expect(findGroupSize('5 clients today', true)?.size).toBe(5);
  });

  it('takes the first stated size', () => {
    expect(findGroupSize('Group of 3 members; with 5 other clients later.')?.size).toBe(3);
  });
});

describe('findGroupSize: counts in parentheses and after "group" in the same sentence', () => {
  it('reads "(5 people)" and "group ... with five participants"', () => {
    expect(findGroupSize('Attendees listed (5 people).')?.size).toBe(5);
    expect(
      findGroupSize('Group skill building on relapse prevention with five participants: J.R., M.T.')
        ?.size,
    ).toBe(5);
  });
  it('does not read "with 2 clients" outside a group sentence', () => {
    expect(findGroupSize('Met with 2 clients. Group is next week.')).toBeNull();
  });
});

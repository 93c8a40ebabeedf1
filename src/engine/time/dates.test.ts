import { describe, expect, it } from 'vitest';
import { findDate, findDates, mentionsDate } from './dates';

const dateIn = (text: string) => {
  const found = findDate(text);
  return found && text.slice(found.start, found.end);
};

describe('findDate', () => {
  it.each([
    ['Met 11/23/2026 at home.', '11/23/2026'],
    ['Met 11/23/26 at home.', '11/23/26'],
    ['2026-11-23 community visit', '2026-11-23'],
    ['Met Nov 23, 2026 at home.', 'Nov 23, 2026'],
    ['16-Apr-24 9:15-10:00am. me + brianna', '16-Apr-24'],
    ['Met on November 23rd.', 'November 23rd'],
    ['Met on Sept. 3 with client.', 'Sept. 3'],
    ['Met 23rd of November.', '23rd of November'],
    ['Date: 11/23', '11/23'],
    ['DOS: 11/23/2026', '11/23/2026'],
    ['Date of service: 11-23-2026', '11-23-2026'],
    ['Met on 11/23 at 10.', '11/23'],
    ['11/23\nMet with client.', '11/23'],
    ['[2026-02-19_Kowalczyk_J_CSP.txt]', '2026-02-19'],
    ['Session_2026-03-10_Jenkins.docx', '2026-03-10'],
    // day first, as much of the world writes it, when the first number cannot be a month
    ['17/03/2026. Member apartment, 14:00-14:45.', '17/03/2026'],
    ['Date 31.03.2026 home visit', '31.03.2026'],
  ])('%j has the date %j', (text, date) => {
    expect(dateIn(text)).toBe(date);
  });

  it.each([
    'Tues the 3rd. 11:00-12:15.',
    'Fri 13th, home visit',
    'date march nineteen twenty twenty six period member home',
    'note period date eleven of March twenty twenty six period',
  ])('%j mentions the day of service', (text) => {
    expect(mentionsDate(text)).not.toBeNull();
  });
  it('a weekday alone is no date, nor a month with a count after it', () => {
    expect(mentionsDate('Saw her Tuesday at 3.')).toBeNull();
    expect(mentionsDate('In March two clients left.')).toBeNull();
  });

  it.each([
    'Worked on goal 1/2.',
    'Reviewed objective 3/4 of the plan.',
    'Worked on 1/2 of the goal.',
    'Met on 1/2 hour break.',
    'Met 10:00-10:45.',
    'Call 860-555-1234.',
    'Group 10-12 people.',
    'Client may 2 clients attend.',
    'Date: 2/30',
    'Date: 13/13/2026',
    'Date: 32/01/2026',
    'Scored 4.5 of 10.',
  ])('%j has no date', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it('prefers the labelled date of service over an earlier date in the prose', () => {
    const text = 'Next appointment 12/01/2026.\nDOS: 11/23/2026';
    expect(dateIn(text)).toBe('11/23/2026');
    expect(findDates(text).map((date) => date.text)).toEqual(['12/01/2026', '11/23/2026']);
  });
});

import { describe, expect, it } from 'vitest';
import { daytimeReading, findClockTokens, isYearLike, parseClock, readingsOf } from './clock';

describe('parseClock', () => {
  it.each([
    ['10:00 AM', 600],
    ['10:00am', 600],
    ['1:15pm', 795],
    ['1:15 p.m.', 795],
    ['12:30 am', 30],
    ['12 pm', 720],
    ['13:30', 810],
    ['09:05', 545],
    ['00:15', 15],
    ['10.45', 645],
    ['noon', 720],
    ['Midnight', 0],
    ['12 noon', 720],
    ['9p', 1260],
    ['3:10', 910],
    ['8:30', 510],
    ['12:15', 735],
  ])('%j = %i minutes after midnight', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
  });

  it.each(['13:30 pm', '24:00', '10:75', '3/4', 'ten', '1:15 hours', '10 mg', ''])(
    '%j is not a clock',
    (text) => {
      expect(parseClock(text)).toBeNull();
    },
  );
});

describe('findClockTokens', () => {
  it('says which clocks settle am/pm on their own', () => {
    const tokens = findClockTokens('9:05, 13:30, 09:00, 2 pm, noon, 4');
    expect(tokens.map((token) => [token.text, token.fixed])).toEqual([
      ['9:05', false],
      ['13:30', true],
      ['09:00', true],
      ['2 pm', true],
      ['noon', true],
      ['4', false],
    ]);
  });

  it('gives offsets into the text', () => {
    const text = 'Met at 10:15 a.m. today';
    const [token] = findClockTokens(text);
    expect(token && text.slice(token.start, token.end)).toBe('10:15 a.m.');
  });

  it.each([
    ['money', '$10.00'],
    ['a goal number', 'goal #2'],
    ['a date', '11/23/2026'],
    ['a decimal', '7.5'],
    ['a dose', '10 mg'],
    ['a length', '1:15 hours'],
    ['a bare hour past 12', 'room 14'],
    ['a numbered goal', 'rec plan goal 2 (med appt prep)'],
    ['a numbered objective and apartment', 'FSP obj 3c, apt 4, step 1'],
    ['a word ending in a meridiem', 'at 10 amphetamine'],
    ['the end of afternoon', 'afternoon'],
  ])('skips %s (%j)', (_kind, text) => {
    expect(
      findClockTokens(text).filter((token) => token.form !== 'bare' || token.hour > 12),
    ).toEqual([]);
  });

  it('reads minutes before an hour and an hour in words with am/pm', () => {
    const clocks = findClockTokens('from twenty to five until six pm; we met at nine am').map(
      (token) => [token.text, token.hour, token.minute],
    );
    expect(clocks).toEqual([
      ['twenty to five', 4, 40],
      ['six pm', 18, 0],
      ['nine am', 9, 0],
    ]);
  });

  it('reads "1300" as 24-hour time but marks "2026" as a possible year', () => {
    const [afternoon, year, suffixed] = findClockTokens('1300, 2026, 2015 hrs');
    expect(afternoon).toMatchObject({ form: 'military', hour: 13, minute: 0, fixed: true });
    expect([afternoon, year, suffixed].map((token) => token && isYearLike(token))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('reads a 24-hour clock read aloud, but not a year or a count', () => {
    const read = (text: string) =>
      findClockTokens(text).map((token) => [token.text, token.hour, token.minute]);
    expect(read('time fourteen hundred to fifteen fifteen.')).toEqual([
      ['fourteen hundred', 14, 0],
      ['fifteen fifteen', 15, 15],
    ]);
    expect(read('at nineteen thirty hours')).toEqual([['nineteen thirty hours', 19, 30]]);
    expect(read('the second of April twenty twenty six')).toEqual([]);
    expect(read('Fifteen forty five minutes later.')).toEqual([]);
    expect(read('She has fourteen hundred dollars.')).toEqual([]);
  });

  it('reads "from to thirty" as dictation mishearing two thirty, only before another time', () => {
    const read = (text: string) =>
      findClockTokens(text).map((token) => [token.text, token.hour, token.minute]);
    expect(read('Time: from to thirty to three forty five')).toEqual([
      ['to thirty', 2, 30],
      ['three forty five', 3, 45],
    ]);
    expect(read('I talked to thirty people')).toEqual([]);
  });

  it('reads "time eleven to eleven forty" as two clocks', () => {
    expect(findClockTokens('time eleven to eleven forty.').map((token) => token.text)).toEqual([
      'eleven',
      'eleven forty',
    ]);
  });

  it('keeps "10 amphetamine" as a bare number, not 10 am', () => {
    expect(findClockTokens('10 amphetamine')[0]?.meridiem).toBeNull();
  });
});

describe('readingsOf and daytimeReading', () => {
  it('gives both readings of an hour that does not say am or pm', () => {
    const [token] = findClockTokens('3:10');
    expect(token && readingsOf(token)).toEqual([190, 910]);
  });

  it('reads a lone 7-11 as morning and 12-6 as afternoon', () => {
    const read = (text: string) => {
      const [token] = findClockTokens(text);
      return token && daytimeReading(token);
    };
    expect([read('7:00'), read('11:59'), read('12:00'), read('6:30')]).toEqual([
      420, 719, 720, 1110,
    ]);
  });
});

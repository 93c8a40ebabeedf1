import { describe, expect, it } from 'vitest';
import { findTimes } from './find-times';

const at = (h: number, m = 0) => h * 60 + m;

describe('findTimes reads start-end ranges', () => {
  it("reads an EHR print view's From and To, and values set a column away from their labels (w88)", () => {
    expect(
      findTimes('Date of service: 01/08/2026        From: 8:45 AM        To: 10:30 AM').minutes,
    ).toBe(105);
    expect(findTimes('Time In:    2:00 PM                     Time Out:     2:45 PM').minutes).toBe(
      45,
    );
  });

  it('reads hour and minutes run together before am/pm (w89-010, w89-024)', () => {
    expect(findTimes('fri 1/16/26 9-1030am maria santos, 212 ferry st').minutes).toBe(90);
    expect(findTimes('tue 2/3/26 6-730pm santos apt fair haven').minutes).toBe(90);
    expect(findTimes('1030a - 1145a at the library').minutes).toBe(75);
  });

  it('reads two clocks in adjacent cells of a pipe-separated record as a range (w88-014)', () => {
    expect(findTimes('ENC|2026-02-24|14:10|14:35|CONTACT=Telephone|MEMBER=Noemi').minutes).toBe(25);
  });

  const table: [note: string, start: number, end: number, minutes: number][] = [
    ['Time: 10:00 AM - 10:45 AM', at(10), at(10, 45), 45],
    ['10:00am-10:45am met with client', at(10), at(10, 45), 45],
    ['Met 1:15pm to 2 at the library.', at(13, 15), at(14), 45],
    ['13:30-14:15 community visit', at(13, 30), at(14, 15), 45],
    ['Met from 2 to 2:45 pm at home.', at(14), at(14, 45), 45],
    ['Met between 9 and 10:30 a.m. at the clinic.', at(9), at(10, 30), 90],
    ['Start: 10:00 End: 10:50', at(10), at(10, 50), 50],
    ['Time in: 9:05 / Time out: 9:50', at(9, 5), at(9, 50), 45],
    ['Start time 3:10 PM\nEnd time 4:00 PM', at(15, 10), at(16), 50],
    ['Met noon to 1:15 for lunch planning.', at(12), at(13, 15), 75],
    // dictated, each colon heard as a space
    ['client was approved time was 1 30 to 3 00 next step follow up', at(13, 30), at(15), 90],
    // a call's time a few words after "called", and its end
    ['pt called agency line 7:40pm crying. call ended 7:50p.', at(19, 40), at(19, 50), 10],
    ['stopped by clients house around 3 to check on him, left about 3:25', at(15), at(15, 25), 25],
    ['Jen Morrow — started 11ish, wrapped up 12:15 — Morrow home', at(11), at(12, 15), 75],
    ['11:45 am - 12:30 pm', at(11, 45), at(12, 30), 45],
    ['10:00 AM – 10:45 AM', at(10), at(10, 45), 45],
    ['10:00 AM—10:45 AM', at(10), at(10, 45), 45],
    ['10.00-10.45', at(10), at(10, 45), 45],
    ['Crisis call 11:30 PM - 12:15 AM.', at(23, 30), at(0, 15), 45],
    ['23:30-00:15', at(23, 30), at(0, 15), 45],
    ['10 pm to midnight', at(22), at(0), 120],
    ['9-10 am', at(9), at(10), 60],
    ['Time: 10-11', at(10), at(11), 60],
    ['grp note 11/30 budgeting grp 10-11 north st office', at(10), at(11), 60],
    ['Session 1-2:30 at the library', at(13), at(14, 30), 90],
    ['from 10 to 2 pm', at(10), at(14), 240],
    ['met her at the bus stop, from nine til a quarter past ten.', at(9), at(10, 15), 75],
    ['3/4/26 started 10, ended 11 at the family home', at(10), at(11), 60],
    ['Started at quarter to ten and wrapped up at eleven.', at(9, 45), at(11), 75],
    ['DOS: 05/06/2026   Time in: 9:00   Time out: 9:50   Units: 4', at(9), at(9, 50), 50],
    ['Start 11:20   End 11:58   Units billed: 3', at(11, 20), at(11, 58), 38],
    // a form's capital In opening its own line, with a left-out range after it
    [
      'Home visit - 2026-03-18\nIn 10:10 / out 11:25 (note typed after, 11:30-11:45, not billed)',
      at(10, 10),
      at(11, 25),
      75,
    ],
    ['Saw Dolores from quarter past ten until half eleven on 1/14/26.', at(10, 15), at(11, 30), 75],
    [
      'mbr Jorge 4/2 at the cafe near his sober house, 12-1. went over his budget',
      at(12),
      at(13),
      60,
    ],
    ['2026-12-03_JMorales_CSP_0930-1045', at(9, 30), at(10, 45), 75],
    ['date of service november 9 2026 start 10 00 end 10 45 location', at(10), at(10, 45), 45],
    ['I met Julian from ten until eleven-thirty.', at(10), at(11, 30), 90],
    ["Parenting Support - 02/04/2026, from eleven to noon, parent's home", at(11), at(12), 60],
    ['visit was from about 3 to 4 his goal is keeping his apartment', at(15), at(16), 60],
    ['1:00 - 2:30', at(13), at(14, 30), 90],
    ['10a-11a', at(10), at(11), 60],
    ['12 noon to 12:45 p.m.', at(12), at(12, 45), 45],
    ['Session 2:00 until 2:50', at(14), at(14, 50), 50],
    ['Session: 1300-1345', at(13), at(13, 45), 45],
    ['0900 - 0950 hrs', at(9), at(9, 50), 50],
    ['Time: 1930-2015', at(19, 30), at(20, 15), 45],
    ['Start: 1400 End: 1445', at(14), at(14, 45), 45],
  ];
  it.each(table)('%j: %i to %i = %i min', (note, start, end, minutes) => {
    const report = findTimes(note);
    expect(report.basis).toBe('range');
    expect(report.minutes).toBe(minutes);
    expect(report.start?.minutes).toBe(start);
    expect(report.end?.minutes).toBe(end);
  });

  it('gives offsets of the clocks it read, not of the words around them', () => {
    const note = 'Met from 2 to 2:45 pm at home.';
    const { start, end } = findTimes(note);
    expect(start && note.slice(start.start, start.end)).toBe('2');
    expect(start?.text).toBe('2');
    expect(end && note.slice(end.start, end.end)).toBe('2:45 pm');
    expect(end?.text).toBe('2:45 pm');
  });

  it('prefers a labelled start and end over a range in the prose', () => {
    const note = 'Start: 9:00 AM End: 9:50 AM. Client has a shift 1:00-5:00 pm.';
    expect(findTimes(note).minutes).toBe(50);
  });

  it('uses the first range when there are several', () => {
    expect(findTimes('10:00-10:30 then 11:00-11:15').minutes).toBe(30);
  });
});

describe('findTimes rejects impossible ranges', () => {
  it.each(['10:45 AM - 10:00 AM', '14:15-13:30', '10:00-10:00', '7:00 AM - 8:00 PM'])(
    '%j gives no minutes',
    (note) => {
      expect(findTimes(note).minutes).toBeNull();
    },
  );

  it('keeps labelled marks but gives no minutes when the end is before the start', () => {
    const report = findTimes('Start: 10:45 AM End: 10:00 AM');
    expect(report.start?.minutes).toBe(at(10, 45));
    expect(report.end?.minutes).toBe(at(10));
    expect(report.minutes).toBeNull();
    expect(report.basis).toBeNull();
  });
});

describe('findTimes reads stated durations', () => {
  it('reads quarters of an hour in words (w87-045)', () => {
    expect(findTimes('Started at 3:30 pm and we worked for an hour and a quarter.').minutes).toBe(
      75,
    );
    expect(findTimes('We met for an hour and three quarters at the library.').minutes).toBe(105);
    expect(findTimes('Phone call, about three quarters of an hour.').minutes).toBe(45);
  });

  it('does not take the length of a step inside the session for the session (w87-048)', () => {
    expect(findTimes('Jenna brushed while I counted out the 2 minutes with a song.').minutes).toBe(
      null,
    );
    expect(findTimes('We sat for the 45 minutes on the porch.').minutes).toBe(45);
  });

  const table: [note: string, minutes: number, written: string][] = [
    ['Met with client for 45 minutes.', 45, '45 minutes'],
    ['45 min face to face', 45, '45 min'],
    ['Session was 45 mins.', 45, '45 mins'],
    ['Met 1 hr 15 min at the office.', 75, '1 hr 15 min'],
    ['1h15m', 75, '1h15m'],
    ['Met for 1.5 hours.', 90, '1.5 hours'],
    ['Met for an hour and a half.', 90, 'an hour and a half'],
    ['Met for half an hour.', 30, 'half an hour'],
    ['Met for forty-five minutes.', 45, 'forty-five minutes'],
    ['Met for two hours.', 120, 'two hours'],
    ['Community outing (60 min).', 60, '60 min'],
    ['Duration: 50', 50, '50'],
    ['Total hours: 1.5', 90, '1.5'],
    ['Duration: 1:15', 75, '1:15'],
    ['a 90-minute session', 90, '90-minute'],
    ['Met for 1 hour and 15 minutes.', 75, '1 hour and 15 minutes'],
    ['Met for one and a half hours.', 90, 'one and a half hours'],
    ['Met for 1 1/2 hours.', 90, '1 1/2 hours'],
    ['Met for a half hour.', 30, 'a half hour'],
  ];
  it.each(table)('%j = %i min', (note, minutes, written) => {
    const report = findTimes(note);
    expect(report.basis).toBe('duration');
    expect(report.minutes).toBe(minutes);
    expect(report.start).toBeNull();
    expect(report.end).toBeNull();
    expect(note).toContain(written);
  });

  it('lets a range win over a duration and says so', () => {
    const note = 'Met 10:00 AM - 10:50 AM (45 min).';
    const report = findTimes(note);
    expect(report).toMatchObject({ basis: 'range', minutes: 50 });
    expect(report.start && note.slice(report.start.start, report.start.end)).toBe('10:00 AM');
  });

  it('keeps a lone labelled start beside a duration', () => {
    const report = findTimes('Start time 3:10 PM. Duration: 50');
    expect(report).toMatchObject({ basis: 'duration', minutes: 50, end: null });
    expect(report.start).toMatchObject({ minutes: at(15, 10), text: '3:10 PM' });
  });

  it.each([
    ['On the porch. From 2 for an hour and a half.', at(14), at(15, 30), 90],
    ['Met from 1 pm for about 40 min at the library.', at(13), at(13, 40), 40],
    ['Session started at 10:15 for 45 min.', at(10, 15), at(11), 45],
  ])(
    'reads a start with the length right after it as a start and an end: %j',
    (note, start, end, minutes) => {
      expect(findTimes(note)).toMatchObject({
        start: { minutes: start },
        end: { minutes: end },
        minutes,
      });
    },
  );

  it('does not make an end from a clock the length does not follow', () => {
    expect(findTimes('She was up from 2 am. Visit 45 min.')).toMatchObject({
      start: null,
      end: null,
      minutes: 45,
    });
  });

  it('prefers the labelled duration over other lengths in the prose', () => {
    expect(findTimes('Client walked 20 minutes to the store. Duration: 50').minutes).toBe(50);
  });

  it('ignores lengths that are not the service', () => {
    const note =
      'Client takes meds every 2 hours, was 30 minutes late, and will call within 48 hours. Bills 15-minute units.';
    expect(findTimes(note)).toEqual({ start: null, end: null, minutes: null, basis: null });
  });
});

describe('findTimes does not read other numbers as times', () => {
  it('reads a year after the day it belongs to as a year, not 20:26 (w85-015)', () => {
    expect(findTimes('Date of service April 16 2026 till 11:45, home visit.').minutes).toBe(null);
    expect(findTimes('seen 4/16 2026 until 11:45 at home').minutes).toBe(null);
  });

  it('reads hours in words after a hedge and with the part of the day (w85-015, w5-024)', () => {
    expect(findTimes('from about ten till a quarter to twelve her goal is court').minutes).toBe(
      105,
    );
    expect(findTimes('from around nine to about ten we met').minutes).toBe(60);
    expect(
      findTimes('started at ten in the morning and went til a quarter past eleven.').minutes,
    ).toBe(75);
  });

  it.each([
    'Session date 3/4 reviewed.',
    'Appointment 2024-05-01 confirmed.',
    'Called 860-555-1234 and 555-1212.',
    'Takes 10 mg - 20 mg daily.',
    'Worked on goal #2 - #3.',
    'Met in room 212.',
    'Drove on I-95.',
    'Worked on goals 1-3 and steps 2 to 4.',
    'Paid $10.00-$10.45 for the bus.',
    'Nov 3 to 4 pm schedule',
    'Increased from 2 to 3 times a week.',
    'Will follow up in 1-2 weeks.',
    'Rated mood 7.5-8.0 out of 10.',
    'Left 2 messages.',
    'Worked there 2019-2020.',
    'Lives at 1300 Main St, 2 to 3 blocks away.',
    'Take 1000 - 2000 mg.',
    'Saw Jo on 4/2 and she rated her anxiety 7-8 today.',
    'She started 2 jobs this year and left 3 of them.',
  ])('%j has no time', (note) => {
    const report = findTimes(note);
    expect(report.minutes).toBeNull();
    expect(report.start).toBeNull();
    expect(report.end).toBeNull();
  });
});

describe('findTimes reads a start and an end told as events', () => {
  const table: [note: string, start: number, end: number, minutes: number][] = [
    ['Picked up J.T. at his apt at 12:45 and drove him to the clinic. Back at his apt 2:15.', at(12, 45), at(14, 15), 90], // prettier-ignore
    ['we started at a quarter past one and went until a quarter to three.', at(13, 15), at(14, 45), 90], // prettier-ignore
    ['I got there right at a quarter to ten and we wrapped up at five after eleven.', at(9, 45), at(11, 5), 80], // prettier-ignore
    ['Knocked at 10:00, no answer. Waited in front of the building until 10:10.', at(10), at(10, 10), 10], // prettier-ignore
    ['CSW picked him up at 8:15 for probation. Dropped him off 9:45.', at(8, 15), at(9, 45), 90],
    ['started around ten thirty, wrapped at 11:45.', at(10, 30), at(11, 45), 75],
    ["went to pt's apt at 9am for sched visit re: rec plan goal 2. knocked several times, called her cell no answer, waited til 9:25.", at(9), at(9, 25), 25], // prettier-ignore
    ['i was w/ her from twenty to five until six pm.', at(16, 40), at(18), 80],
    ['cl called my work cell 11:05pm crying, i kept her on the line, got off bout 11:50.', at(23, 5), at(23, 50), 45], // prettier-ignore
    ['called me 7:40pm, her roommate brought a 12 pack home and she had 2 open. on the phone til 8:15.', at(19, 40), at(20, 15), 35], // prettier-ignore
    // a bare hour told as a time ("at 11", "11ish") and a drop-off end ("had her home by")
    ['Picked up Ana at her apartment on Birch St at 11 and drove her to the store, had her home by 12:30.', at(11), at(12, 30), 90], // prettier-ignore
    ['met member at the housing office on Wason Ave 11ish comma he filled out the form for Section 8 period done at 12:10', at(11), at(12, 10), 70], // prettier-ignore
  ];
  it.each(table)('%s', (note, start, end, minutes) => {
    const times = findTimes(note);
    expect([times.start?.minutes, times.end?.minutes, times.minutes]).toEqual([
      start,
      end,
      minutes,
    ]);
  });

  it('skips a range the note leaves out for the session range', () => {
    expect(findTimes('O: 11/19/2026. Drive time 8:05-8:30 not billed. Session 8:30-9:45 AM at home.').minutes).toBe(75); // prettier-ignore
  });

  it('takes a total the note states over the span it tells, but not a length in passing', () => {
    const told = findTimes(
      'picked her up at 8:15, got there around 8:45, done around 10:45 so 2.5 hrs total',
    );
    expect([told.start?.minutes, told.end?.minutes, told.minutes]).toEqual([at(8, 45), at(10, 45), 150]); // prettier-ignore
    expect(findTimes('I got there at a quarter to ten. He cried for about 6 minutes. We wrapped up at five after eleven.').minutes).toBe(80); // prettier-ignore
  });

  it('never reads a plan, a lone time or a day-long span as the service', () => {
    expect(findTimes('Met at 10:00 at the library. Plan: call her tomorrow, at work until 5:30.').minutes).toBeNull(); // prettier-ignore
    expect(findTimes('Client took her meds at 8:00. Met at the library.').end).toBeNull();
    expect(findTimes('She woke at 6:00 am and was at work until 5:30 pm.').minutes).toBeNull();
  });
});

describe('findTimes adds up separate contacts, each on its own line', () => {
  it('sums numbered segments of one day (w87-025)', () => {
    const note = [
      'Segment 1: 9:05-9:35 am, her home. We went through her fridge.',
      'Segment 2: 1:20-2:05 pm, Price Rite. She pushed the cart.',
    ].join('\n');
    expect(findTimes(note).minutes).toBe(75);
  });

  it('sums two visits and leaves out the drive the note does not count', () => {
    const note = [
      'Phone, 7:40 pm to 8:05 pm: he called the on-call line.',
      '(The drive to his apartment, 8:05 to 8:20, is not counted.)',
      'Face to face, his apartment, 8:20 pm to 9:35 pm: we went over his plan.',
    ].join('\n');
    expect(findTimes(note).minutes).toBe(100);
  });

  it('sums a contact log whose lines open with their ranges', () => {
    const note = [
      '1/29/26',
      '10:00-10:45 - Rode the #5 bus with Eddie from his rooming house to the Y.',
      '1:30-2:00 - case review w/ team re: his plan.',
      'Plan: Fri he rides alone.',
    ].join('\n');
    expect(findTimes(note).minutes).toBe(75);
    const rides = [
      '1:30-2:00 ride there: she read the schedule at the stop.',
      'Her appt 2:00-2:40 - not counted, I waited outside.',
      '2:40-3:10 ride back: she led the whole route.',
    ].join('\n');
    expect(findTimes(rides).minutes).toBe(60);
  });

  it('reads what a colon after a range says of it, and a bracket closed before it', () => {
    const note = [
      'Drive to client (Hartford -> Wethersfield) 8:50-9:10: not billed',
      "Face-to-face: 9:10-10:25, client's apartment",
      'Documentation 10:30-10:40: not billed',
    ].join('\n');
    expect(findTimes(note).minutes).toBe(75);
    expect(findTimes('Time counted: 8:45-9:15 and 9:50-10:30 (70 min).').minutes).toBe(70);
  });

  it('sums numbered contacts written on one line', () => {
    expect(
      findTimes(
        '12/3/26 Contact 1: phone 9:05-9:35 am, she read me the notice. Contact 2: HV 2:15-3:00 pm at her apt, we sorted receipts.',
      ).minutes,
    ).toBe(75);
    expect(
      findTimes(
        'Date 11/19/2026 | Session A 9:00-9:40 am family home | Session B 2:10-2:55 pm clinic',
      ).minutes,
    ).toBe(85);
    // Unnumbered, on one line: the first range stays the service's.
    expect(
      findTimes('Phone 9:05-9:35 am, then at 2:15-3:00 pm she called the clinic herself.').minutes,
    ).toBe(30);
  });

  it('keeps one range when the second is part of the first', () => {
    const note = 'Time: 10:00-11:00\nFrom 10:15-10:30 we practiced the call.';
    expect(findTimes(note).minutes).toBe(60);
  });

  it('never reads a 24-hour line or a labelled pair paragraphs apart as the service', () => {
    expect(findTimes('Added the ESP 24-hr number to the plan. 1.5 hours total.').minutes).toBe(90);
    const apart = `Call ended 8:05.\n${'We went over the plan step by step. '.repeat(10)}\nLeft at 9:25.`;
    expect(findTimes(apart).minutes).not.toBe(640);
  });
});

describe('findTimes prefers the time the note labels as its own', () => {
  it('takes the labelled range over one written earlier for someone present', () => {
    const text =
      'Others present: Bridget (sister, present 2:00-3:15)\nTime: 2:00 to 5:00 pm\nLocation: home';
    expect(findTimes(text).minutes).toBe(180);
  });

  it('adds the ranges the label lists', () => {
    expect(findTimes('Billed time: 12:45-1:30, 1:45-3:15, 3:30-4:15.').minutes).toBe(180);
    expect(
      findTimes(
        'Date 10/6/26 | 5:30 PM-7:15 PM\nTime billed: 5:30-6:00 before the meeting and 7:00-7:15 after it.',
      ).minutes,
    ).toBe(45);
  });
});

describe('findTimes does not read numbers as a dictated range', () => {
  it.each(['counted 10 20 to 30 tabs', 'room 4 15 to 5 20 people'])('%j has no range', (note) => {
    expect(findTimes(note).minutes).toBeNull();
  });
});

describe('findTimes passes over times that are not the service', () => {
  it('reads an end written before a start as two events, not a pair', () => {
    const text =
      'Time: 8:15 AM - 9:10 AM\nCSW left at 9:10 after she was called back.\nResponse: the front desk called CSW at 10:40 to confirm.';
    expect(findTimes(text).minutes).toBe(55);
  });

  it('skips the time of a session that was missed', () => {
    const text =
      'Missed: IOP group Mon 3/16/2026, 6-9 pm (no call/no show)\nContact: Tue 3/17/2026, 10:05-10:30 am, phone call to client';
    expect(findTimes(text).minutes).toBe(25);
    // with no other time, the missed session's range is still read
    expect(findTimes('Missed: IOP group 6-9 pm (no show)').minutes).toBe(180);
  });
});

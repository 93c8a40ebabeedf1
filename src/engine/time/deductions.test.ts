import { describe, expect, it } from 'vitest';
import { findDeductions } from './deductions';

const taken = (line: string) =>
  findDeductions(line).map(({ minutes, reason, declared }) => ({ minutes, reason, declared }));

describe('findDeductions', () => {
  it('reads a drive in a dictated run-on without reaching to the end of the note (w85-015)', () => {
    const runOn =
      'I picked her up at her apartment and drove her to her probation appointment downtown and ' +
      'then back home the drive was about twenty minutes each way while she was in with her ' +
      'officer I waited in the lobby and after that I went over her conditions with her she ' +
      'seemed okay and said the officer was happy with her plan is I will see her next week';
    expect(taken(runOn)).toEqual([{ minutes: 40, reason: 'travel', declared: false }]);
  });

  it('reads drive and note-writing minutes inside the service time', () => {
    expect(taken('9:00 to 10:30 (incl. 20 min drive from office to family home)')).toEqual([
      { minutes: 20, reason: 'travel', declared: false },
    ]);
    expect(
      taken('End: 11:00 (includes 20 min round-trip travel and 10 min typing this note)'),
    ).toEqual([
      { minutes: 20, reason: 'travel', declared: false },
      { minutes: 10, reason: 'documentation', declared: false },
    ]);
    expect(taken('I drove them to the WIC office (about 20 min each way).')).toEqual([
      { minutes: 40, reason: 'travel', declared: false },
    ]);
  });

  it('reads "writing this up" and "writing up today\'s note" as the note, and next month\'s sessions as sittings', () => {
    expect(taken('Time: 10:00 to 11:15, including 15 minutes writing this up.')).toEqual([
      { minutes: 15, reason: 'documentation', declared: false },
    ]);
    expect(taken("I spent the last twenty minutes writing up today's note and booking next month's sessions with her.")).toEqual([{ minutes: 20, reason: 'documentation', declared: false }]); // prettier-ignore
  });

  it('marks minutes the note itself says are not billed', () => {
    expect(taken('Last 15 min: wrote up this note (not billed).')).toEqual([
      { minutes: 15, reason: 'documentation', declared: true },
    ]);
    expect(
      taken(
        'Time: 9:00-10:40 (first 20 min was my drive out to his place and the last 10 min I spent writing this note, neither is counted)',
      ),
    ).toEqual([
      // prettier-ignore
      { minutes: 20, reason: 'travel', declared: true },
      { minutes: 10, reason: 'documentation', declared: true },
    ]);
    expect(
      taken(
        'the last 10 minutes (2:30-2:40) I spent writing this note, so I am only billing 1:00-2:30 (90 minutes).',
      ),
    ).toEqual([
      // prettier-ignore
      { minutes: 10, reason: 'documentation', declared: true },
    ]);
  });

  it('leaves drive time that carried the service, and time already left out', () => {
    expect(taken('During the 20-min drive CSW and pt rehearsed the interview.')).toEqual([]);
    expect(taken('Travel: 8:55-9:20, 25 min (not billable, not counted)')).toEqual([]);
    expect(taken('Time: 1:00 PM - 2:45 PM (105 min) - includes 15 min I spent writing this note at the table before leaving; bill 90 min.').map((d) => d.declared)).toEqual([true]); // prettier-ignore
    expect(taken('I wrote this note back at the office afterward (about 20 minutes); that time is not included in the time above.')).toEqual([]); // prettier-ignore
    expect(taken('Then 15 min with my supervisor and about 10 minutes writing this note; neither of those is counted in the service time.')).toEqual([]); // prettier-ignore
    // a document named for its period is no other period
    expect(taken('Last 15 min spent at her table writing up this note and the monthly service summary.').map((d) => d.minutes)).toEqual([15]); // prettier-ignore
    expect(taken("4 h 20 min on this week's log including 35 min of my travel.")).toEqual([]);
    // a drive nobody made
    expect(taken("CSW reviewed how he will get to work on the days his brother can't drive him (bus 14, 25 min).")).toEqual([]); // prettier-ignore
    expect(
      taken('face to face 45 minutes at his apartment, not counting the 25 minute drive each way.'),
    ).toEqual([]);
    expect(taken('The drive there and back (about 25 min each way) and writing this up afterward are not in that time.')).toEqual([]); // prettier-ignore
    // The bracket holds the drive's length; the sentence goes on to say it is left out.
    expect(taken('Session 9:05-9:57. My drive (25 min) and writing this note are not counted.')).toEqual([]); // prettier-ignore
    // what is billed, not billing work
    expect(taken('Time: 9:05-9:45, call dropped twice. Billing connected time only, 34 min.')).toEqual([]); // prettier-ignore
    expect(taken('Meeting ran 2:00-3:00 PM. CSW billing: 15 minutes (1 unit) for this meeting.')).toEqual([]); // prettier-ignore
    expect(taken('Visit 9-11 (incl. 20 min drive from the office).')).toEqual([
      { minutes: 20, reason: 'travel', declared: false },
    ]);
  });
});

describe('clock ranges', () => {
  it('reads a range in its own brackets as the length of what it follows', () => {
    expect(
      taken(
        'Time billed: 12:30-2:50 (2 hrs 20 min) - this covers my drive from the office (12:30-1:00), the session with Crystal 1:00-2:30, and writing up this note in the car after (2:30-2:50).',
      ),
    ).toEqual([
      // prettier-ignore
      { minutes: 30, reason: 'travel', declared: false },
      { minutes: 20, reason: 'documentation', declared: false },
    ]);
  });

  it("reads a log line's opening range as the length of the writing or scheduling it records", () => {
    expect(
      taken("2:15-2:30 Wrote up this session note and put next week's visit on the calendar."),
    ).toEqual([{ minutes: 15, reason: 'documentation', declared: false }]);
    expect(
      taken('2:00-2:30: scheduled February visits with Melissa and wrote up the progress report.'),
    ).toEqual([{ minutes: 30, reason: 'documentation', declared: false }]);
    expect(
      taken(
        "First 20 min I was on the phone with the pediatrician's office rescheduling Kevin's 9-month visit.",
      ),
    ).toEqual([{ minutes: 20, reason: 'documentation', declared: false }]);
    // a drive in a log line may carry the client; a scheduled visit is not scheduling
    expect(taken('10:00-10:45 drove Bill to the food pantry on Elm and back.')).toEqual([]);
    expect(
      taken("11:45 - 12:05 went by member's apt for scheduled visit re: housing recert."),
    ).toEqual([]);
  });

  it('reads "1 h 45 m" whole, and a range set off by a comma as the length of the drive before it', () => {
    expect(
      taken(
        'Time billed: 12:30-2:15 (1 h 45 m), which includes my drive from the office to Maple Court, 12:30-12:55.',
      ),
    ).toEqual([{ minutes: 25, reason: 'travel', declared: false }]);
  });

  it('never reads the length that restates a range as a part of it', () => {
    expect(
      taken(
        'Billed: 2.5 hrs (1:00-3:30, includes round trip from office to Putnam, 45 min each way)',
      ),
    ).toEqual([
      // prettier-ignore
      { minutes: 90, reason: 'travel', declared: false },
    ]);
    expect(taken('12:30-2:50 (2 hrs 20 min) covers my drive')).toEqual([]);
  });
});

describe('time the note already kept out', () => {
  it('does not take off travel stated on its own line as not billed', () => {
    expect(findDeductions('Travel: 20 min each way, not billed')).toEqual([]);
    expect(findDeductions('4 h 20 min on this week’s log including 35 min of my travel')).toEqual(
      [],
    );
  });

  it('still takes off travel the service time includes', () => {
    expect(findDeductions('9:00-10:30 (incl. 20 min drive from office, not billed)')).toHaveLength(
      1,
    );
    expect(findDeductions('1:00-2:30pm, apt. 25 min of that was my drive out, not billed.')).toHaveLength(1); // prettier-ignore
  });

  it('does not take off a drive the note kept out, or the length of something else', () => {
    expect(findDeductions('11:00-11:50 at his apt. drive over was 25 min, not billed.')).toEqual([]); // prettier-ignore
    expect(findDeductions('1:10 pm to 2:02 pm. Drive from my previous visit was 25 minutes; not billed.')).toEqual([]); // prettier-ignore
    expect(findDeductions('Start/End: 1:05 pm - 2:50 pm (drive, about 20 minutes each way, not billed; not included above)')).toEqual([]); // prettier-ignore
    expect(findDeductions('Waited in the lobby for the 50-minute session and drove him home.')).toEqual([]); // prettier-ignore
    expect(findDeductions('Sat out in the waiting room till he was done, about an hour, then drove him back home.')).toEqual([]); // prettier-ignore
  });
});

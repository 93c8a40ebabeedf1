import { describe, expect, it } from 'vitest';
import { findLabelledTimes } from './labelled-times';

const texts = (text: string) => {
  const { start, end } = findLabelledTimes(text);
  return [start?.text ?? null, end?.text ?? null];
};

describe('findLabelledTimes', () => {
  it.each([
    ['Start: 10:00 End: 10:50', '10:00', '10:50'],
    ['Time in: 9:05 / Time out: 9:50', '9:05', '9:50'],
    ['Start time 3:10 PM', '3:10 PM', null],
    ['In: 1:00 pm  Out: 1:45 pm', '1:00 pm', '1:45 pm'],
    ['Session started at 2:05 and ended at 2:55.', '2:05', '2:55'],
    ['End Time: 4:00 PM', null, '4:00 PM'],
    ['Time in 11:10 / out 11:50', '11:10', '11:50'],
    // EHR exports: the value on the line under its label, or after dotted leaders.
    ['Start Time:\n1:10p\nEnd Time:\n2:05p', '1:10p', '2:05p'],
    ['Session Start:\n12:30 pm\nSession End:\n1:10 pm', '12:30 pm', '1:10 pm'],
    ['Time In ......... 0930\nTime Out ........ 1045', '0930', '1045'],
    ['Met Gary at his apt on Cook St. around 11ish, left 12:30.', '11ish', '12:30'],
    ['I got there 10:30 and we went until Caleb went down for his nap.', '10:30', null],
    ['Date: 9/19/23   In 1:00 PM   Out 3:00 PM', '1:00 PM', '3:00 PM'],
    ['5/6/26 · Groton Public Library · in 11:05 / out 12:05', '11:05', '12:05'],
    ['Date 4/9/2026\nBegan\n10:00\nEnded\n11:30\nSite: Clubhouse', '10:00', '11:30'],
    // An export's header row over its value row.
    ['svc_date,start,end,pos,staff\n2026-02-09,13:30,14:20,community (clinic),JHALVORSEN', '13:30', '14:20'], // prettier-ignore
    ['date_of_service,start_time,end_time,service_location\n03/03/2026,09:30,10:45,"parent home - 77 Laurel St, Meriden"', '09:30', '10:45'], // prettier-ignore
    // A print view's value indented under its label.
    ['Start Time\n    2:00 PM\nEnd Time\n    3:00 PM', '2:00 PM', '3:00 PM'],
    // A printed table: header, rule, row; and an activity log of rows, first start to last end.
    ['| Date | Member | Start | End |\n|---|---|---|---|\n| 03/17/2026 | W. A. | 8:30 AM | 10:15 AM |', '8:30 AM', '10:15 AM'], // prettier-ignore
    ['| Activity | From | To | Min |\n|---|---|---|---|\n| Pill box | 9:00 | 9:20 | 20 |\n| Coping plan | 9:20 | 9:50 | 30 |\n| Total billed | | | 50 |', '9:00', '9:50'], // prettier-ignore
    // An export's comma-separated rows are separate contacts: the first row only.
    ['date,start,end,place\n2026-02-09,9:00,9:20,home\n2026-02-10,9:30,10:00,home', '9:00', '9:20'], // prettier-ignore
  ])('%j has start %j and end %j', (text, start, end) => {
    expect(texts(text)).toEqual([start, end]);
  });

  it('does not take a bare number after a label-like word', () => {
    expect(texts('Client left 2 messages and started 3 tasks.')).toEqual([null, null]);
  });

  it('does not take "restarted" for a start label', () => {
    expect(texts('Client restarted 10:00 class.')).toEqual([null, null]);
  });

  it('does not take a lower-case "in" with no "out" after it for a start', () => {
    expect(texts('We sat · in 10:30 traffic on I-84.')).toEqual([null, null]);
  });

  it('does not read columns whose row has a different number of cells', () => {
    expect(texts('date,start,end,place\n2026-02-09,13:30')).toEqual([null, null]);
  });

  it("ends an activity log at a row that starts before the last one's end", () => {
    const log = '| Visit | Start | End |\n|---|---|---|\n| Home | 1:00 PM | 2:00 PM |\n| Phone | 9:00 AM | 9:15 AM |'; // prettier-ignore
    expect(texts(log)).toEqual(['1:00 PM', '2:00 PM']);
  });
});

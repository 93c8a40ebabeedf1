// The note's service time: a start-end range if one is written, else a stated duration.
import type { TimeMark, TimeReport } from '../types';
import { ClockToken, daytimeReading, findClockTokens } from './clock';
import { findDuration } from './durations';
import { findLabelledTimes } from './labelled-times';
import { findNarrativeRange, findTimeRanges, looksLikePair, resolveRange } from './ranges';

function mark(token: ClockToken, minutes: number): TimeMark {
  return { minutes, text: token.text, start: token.start, end: token.end };
}

/**
 * Start, end and minutes of service written in `text`. A labelled pair ("Start: 10:00
 * End: 10:50") comes first, then the first written range; a duration fills in the minutes
 * only when no range gives them. Impossible pairs give marks but no minutes. `tokens` are the
 * clock readings in `text`, passed in when the caller already has them.
 */
export function findTimes(text: string, tokens = findClockTokens(text)): TimeReport {
  const labelled = findLabelledTimes(text, tokens);
  if (labelled.start !== null && labelled.end !== null) {
    const resolved = looksLikePair(labelled.start, labelled.end, false)
      ? resolveRange(labelled.start, labelled.end)
      : null;
    if (resolved !== null) {
      return {
        start: mark(labelled.start, resolved.startMinutes),
        end: mark(labelled.end, resolved.endMinutes),
        minutes: resolved.minutes,
        basis: 'range',
      };
    }
  }
  const range = findTimeRanges(text, tokens)[0] ?? findNarrativeRange(text, tokens) ?? undefined;
  if (range !== undefined) {
    return {
      start: mark(range.start, range.startMinutes),
      end: mark(range.end, range.endMinutes),
      minutes: range.minutes,
      basis: 'range',
    };
  }
  const duration = findDuration(text);
  return {
    start: labelled.start === null ? null : mark(labelled.start, daytimeReading(labelled.start)),
    end: labelled.end === null ? null : mark(labelled.end, daytimeReading(labelled.end)),
    minutes: duration === null ? null : duration.minutes,
    basis: duration === null ? null : 'duration',
  };
}

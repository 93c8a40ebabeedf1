// The time, units and dollars API the engine uses (docs/units.md explains the rounding rules).
export { findTimes } from './find-times';
export {
  findDate,
  findDates,
  mentionsDate,
  monthNumber,
  serviceDate,
  type DateMatch,
} from './dates';
export { findGroupSize, GROUP_NOTE, type GroupSize } from './group-size';
export { unitsFor, formatMinutes } from './units';
export { dollarsFor, explainDollars, type Rate } from './dollars';
export { parseClock, findClockTokens, readingsOf, daytimeReading, type ClockToken } from './clock';
export { findTimeRanges, resolveRange, MAX_RANGE_MINUTES, type TimeRange } from './ranges';
export { findLabelledTimes, type LabelledTimes } from './labelled-times';
export { findDuration, findDurations, parseDuration, type DurationMatch } from './durations';
export { parseNumber } from './number-words';

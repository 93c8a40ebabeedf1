const TWELVE_HOUR = /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\b\.?/i;
const TWENTY_FOUR_HOUR = /\b(\d{1,2}):(\d{2})\b/;

/** Minutes after midnight from an EHR cell such as "1:05 PM", "13:05" or "3/14/2026 1:05 pm". */
export function parseTimeOfDay(cell: string): number | undefined {
  const twelve = TWELVE_HOUR.exec(cell);
  if (twelve) {
    const hour = Number(twelve[1]);
    const minute = Number(twelve[2] ?? '0');
    if (hour < 1 || hour > 12 || minute > 59) return undefined;
    const pm = twelve[3]?.toLowerCase() === 'p';
    return ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
  }
  const twentyFour = TWENTY_FOUR_HOUR.exec(cell);
  if (twentyFour) {
    const hour = Number(twentyFour[1]);
    const minute = Number(twentyFour[2]);
    if (hour > 23 || minute > 59) return undefined;
    return hour * 60 + minute;
  }
  return undefined;
}

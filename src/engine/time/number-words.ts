// Small counting words as notes spell them ("forty-five minutes", "group of five").

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const DIGIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/** Regex source (no groups) for a number word from "zero" to "ninety-nine". */
export const NUMBER_WORD_SOURCE =
  `(?:(?:twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${DIGIT_WORDS})(?![a-z]))?` +
  `|zero|${DIGIT_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![a-z])`;

/** The value of digits ("45", "1.5") or a number word ("forty-five", "an"); null if neither. */
export function parseNumber(word: string): number | null {
  const lower = word.trim().toLowerCase();
  if (/^\d{1,6}(?:\.\d{1,6})?$/.test(lower)) return Number(lower);
  if (lower === 'a' || lower === 'an') return 1;
  const small = SMALL[lower];
  if (small !== undefined) return small;
  const [tens, ones] = lower.split(/[- ]/);
  const tensValue = tens === undefined ? undefined : TENS[tens];
  if (tensValue === undefined) return null;
  if (ones === undefined) return tensValue;
  const onesValue = SMALL[ones];
  return onesValue !== undefined && onesValue >= 1 && onesValue <= 9 ? tensValue + onesValue : null;
}

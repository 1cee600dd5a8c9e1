/**
 * Dates as outlets print them, normalized to `YYYY-MM-DD`. Only unambiguous forms are read:
 * "2023-05-03", "2023-05-03T14:20:00Z", "3 May 2023", "May 3, 2023", "Wednesday, 3 May 2023",
 * "Sept. 3rd 2023". All-numeric day/month forms ("03/05/2023") mean different days in
 * different countries, so they are kept as written rather than guessed.
 */

const MONTHS = new Map<string, number>([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

// The date part of an ISO timestamp is taken as written: converting a time zone could move
// the article to a day its outlet never printed.
const ISO =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}$`, 'i');

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.get(name.slice(0, 3).toLowerCase()) ?? 0;
}

/** The date as `YYYY-MM-DD`, or null when `text` is not one date in a form read here. */
export function parseDate(text: string): string | null {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return iso(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return iso(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  return null;
}

/** `YYYY-MM-DD` where the date can be read, else the text as written (trimmed). */
export function normalizeDate(text: string): string {
  return parseDate(text) ?? text.trim();
}

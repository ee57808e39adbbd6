// Calendar dates are ISO strings (YYYY-MM-DD) compared as text: no time zones, no clock.
// Japan time matters only for "today" and for waiver expiry, both handled here.

const DAY_MS = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;

/** True when `value` is a real calendar date written YYYY-MM-DD (2019-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  // Character arithmetic, not a regular expression or a Date round-trip: this runs for every date comparison.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by the ASCII digits from `start` to `end`, or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 for an ISO date already checked with isIsoDate. */
export function dayNumber(date: string): number {
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
  let y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Today's calendar date in Japan, from an explicit clock reading. */
export function japanDate(epochMs: number): string {
  return new Date(epochMs + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Dates and times in CSV cells: one cell → one instant (ms since 1970-01-01), and a column's
 * cells → its instants with the format described in words.
 *
 * Formats read (surrounding blanks are the caller's to trim):
 * - ISO 8601: 2024-03-01, 2024-03-01T10:00, 2024-03-01 10:00:00, 2024-03-01T10:00:00.020Z,
 *   2024-03-01T10:00:00.123456+02:00 (also +0200, +02, a space before the zone, Z, UTC);
 *   fractions of a second may have any number of digits and are cut to milliseconds.
 * - year/month/day: 2024/03/01 [10:00[:00[.000]]].
 * - month/day/year (Excel in the US) and day/month/year (most of Europe): 3/1/2024 [1:05[:00]] [AM|PM];
 *   which of the two is decided per column, never per cell (see DateTimeCells).
 * - day.month.year (German): 01.03.2024 [10:00[:00]].
 * - Korean Excel: 2024. 3. 1. [오전|오후] 2:05[:00] (also 2024.03.01 and 2024-03-01 오후 2:05:00).
 * A month or a day may have one or two digits; the year always has four, so a plain number
 * (20240301, 1700000000) is never a date. A cell without a zone is its wall-clock time read as
 * UTC: differences stay exact and the machine's time zone plays no part. Impossible dates and
 * times (2024-02-30, month 13, hour 25, 13:00 PM) are not dates.
 *
 * The scanner reads character codes at plain indices and allocates nothing: it runs on every
 * text cell of a column that may still be a date column, while the file streams by.
 */

import { msg, type Message } from '../i18n/message';

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
/** Longer cells are not dates (the longest ISO time stamp with nanoseconds and a zone is 35). */
const MAX_LENGTH = 48;

/** Format families, as bits so that a column can say which ones it met. */
const ISO = 1;
const YMD_SLASH = 2;
const YMD_DOT = 4;
export const SLASH = 8;
export const DMY_DOT = 16;
export const FAMILIES = [ISO, YMD_SLASH, YMD_DOT, SLASH, DMY_DOT] as const;

export type SlashOrder = 'month-first' | 'day-first';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`; 0 for a month that does not exist. */
export function daysInMonth(y: number, m: number): number {
  if (m < 1 || m > 12) return 0;
  return m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): exact for any year, no Date object. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// ---------------------------------------------------------------------------------------------
// The scanner. It runs on every text cell of a column that may still be a date column, so it
// reads character codes with plain local indices (pure helpers the engine inlines), allocates
// nothing, and leaves its result in one preallocated object.

interface Scanned {
  family: number;
  year: number;
  /** The two date fields besides the year, as written: month and day, or for slash dates either. */
  a: number;
  b: number;
  /** The clock's hour as written (a 12-hour marker may follow). */
  hour: number;
  /** Time of day in ms once the scan is done (before that: minutes, seconds and ms only). */
  timeMs: number;
  offsetMs: number;
  hasTime: boolean;
}

export const scanned: Scanned = { family: 0, year: 0, a: 0, b: 0, hour: 0, timeMs: 0, offsetMs: 0, hasTime: false };

/** Up to `max` digits of `s` from `i`, as value × 256 + how many there were (0: none). */
function digitsAt(s: string, i: number, max: number): number {
  let value = 0;
  let k = 0;
  while (k < max) {
    const d = s.charCodeAt(i + k) - 48; // NaN past the end
    if (!(d >= 0 && d <= 9)) break;
    value = value * 10 + d;
    k++;
  }
  return value * 256 + k;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Exactly two digits at `i` as 0–99, else −1. */
function twoDigits(s: string, i: number): number {
  const hi = s.charCodeAt(i) - 48;
  const lo = s.charCodeAt(i + 1) - 48;
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : -1;
}

function spacesFrom(s: string, i: number): number {
  while (s.charCodeAt(i) === 32) i++;
  return i;
}

/** h:mm[:ss[.fff…]] from `i`: the index after it, or −1. Digits past milliseconds are cut. */
function clock(s: string, i: number): number {
  let r = digitsAt(s, i, 2);
  let k = r & 255;
  if (k === 0 || s.charCodeAt(i + k) !== 58 /* : */) return -1;
  const hour = r >> 8;
  i += k + 1;
  r = digitsAt(s, i, 2);
  if ((r & 255) !== 2 || r >> 8 > 59) return -1;
  let ms = (r >> 8) * MS_PER_MINUTE;
  i += 2;
  if (s.charCodeAt(i) === 58) {
    r = digitsAt(s, i + 1, 2);
    if ((r & 255) !== 2 || r >> 8 > 59) return -1;
    ms += (r >> 8) * 1000;
    i += 3;
    const c = s.charCodeAt(i);
    if (c === 46 /* . */ || c === 44 /* , */) {
      r = digitsAt(s, i + 1, 3);
      k = r & 255;
      if (k === 0) return -1;
      ms += (r >> 8) * (k === 1 ? 100 : k === 2 ? 10 : 1);
      i += 1 + k;
      while (isDigit(s.charCodeAt(i))) i++;
    }
  }
  scanned.hour = hour;
  scanned.timeMs = ms;
  scanned.hasTime = true;
  return i;
}

/** A 12-hour marker at `i`, AM or PM in any case: 1 AM, 2 PM, 0 none. */
function meridiemAt(s: string, i: number): number {
  if ((s.charCodeAt(i + 1) | 32) !== 109 /* m */) return 0;
  const c = s.charCodeAt(i) | 32;
  return c === 97 /* a */ ? 1 : c === 112 /* p */ ? 2 : 0;
}

/** The hour of a 24-hour clock, or −1: 0–12 with a 12-hour marker, 0–23 without. */
function hourOf(hour: number, meridiem: number): number {
  if (meridiem === 0) return hour <= 23 ? hour : -1;
  if (hour > 12) return -1;
  return (hour % 12) + (meridiem === 2 ? 12 : 0);
}

/** Z, ±hh[:mm], ±hhmm, UTC or GMT at `i`, optionally after spaces: the index after it, `i` at the end, or −1. */
function zoneAt(s: string, i: number, n: number): number {
  if (i === n) return i;
  const j = spacesFrom(s, i);
  const c = s.charCodeAt(j);
  if (c === 90 /* Z */ || c === 122 /* z */) return j + 1;
  if (c === 43 /* + */ || c === 45 /* - */ || c === 0x2212 /* − */) {
    let r = digitsAt(s, j + 1, 2);
    if ((r & 255) !== 2 || r >> 8 > 18) return -1;
    const hours = r >> 8;
    let k = j + 3;
    let minutes = 0;
    const colon = s.charCodeAt(k) === 58;
    if (colon || isDigit(s.charCodeAt(k))) {
      r = digitsAt(s, colon ? k + 1 : k, 2);
      if ((r & 255) !== 2 || r >> 8 > 59) return -1;
      minutes = r >> 8;
      k += colon ? 3 : 2;
    }
    scanned.offsetMs = (c === 43 ? 1 : -1) * (hours * MS_PER_HOUR + minutes * MS_PER_MINUTE);
    return k;
  }
  if (n - j === 3) {
    const word = s.slice(j).toUpperCase();
    if (word === 'UTC' || word === 'GMT') return n;
  }
  return -1;
}

/**
 * After the date at `i`: the end, or spaces, an optional 오전/오후 (Korean AM/PM), the time, an
 * optional AM/PM, and for ISO dates a zone. The index reached, or −1.
 */
function timeAfterDate(s: string, i: number, n: number, allowZone: boolean): number {
  if (i === n) return i;
  const start = i;
  i = spacesFrom(s, i);
  if (i === start || i === n) return -1;
  let meridiem = 0;
  if (s.charCodeAt(i) === 0xc624 /* 오 */) {
    const c = s.charCodeAt(i + 1);
    meridiem = c === 0xc804 /* 전 */ ? 1 : c === 0xd6c4 /* 후 */ ? 2 : 0;
    if (meridiem === 0) return -1;
    i = spacesFrom(s, i + 2);
  }
  i = clock(s, i);
  if (i < 0) return -1;
  if (meridiem === 0 && i < n) {
    const j = spacesFrom(s, i);
    meridiem = meridiemAt(s, j);
    if (meridiem !== 0) i = j + 2;
  }
  const hour = hourOf(scanned.hour, meridiem);
  if (hour < 0) return -1;
  scanned.timeMs += hour * MS_PER_HOUR;
  return meridiem === 0 && allowZone ? zoneAt(s, i, n) : i;
}

/**
 * The common fixed-width ISO form 2024-03-01[(T| )10:00[:00[.020…]]][zone], read at fixed
 * positions without the general scanner's calls: most time stamps in sensor files and logs.
 * True when it read the whole cell; false sends the cell to the general scanner (which also
 * rejects what is not a date).
 */
function scanIsoFixed(s: string, n: number): boolean {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const century = twoDigits(s, 0);
  const year = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (century < 0 || year < 0 || month < 0 || day < 0) return false;
  scanned.family = ISO;
  scanned.year = century * 100 + year;
  scanned.a = month;
  scanned.b = day;
  scanned.offsetMs = 0;
  if (n === 10) {
    scanned.timeMs = 0;
    scanned.hasTime = false;
    return true;
  }
  const t = s.charCodeAt(10);
  if ((t !== 84 /* T */ && t !== 32 && t !== 116 /* t */) || s.charCodeAt(13) !== 58) return false;
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  let ms = hour * MS_PER_HOUR + minute * MS_PER_MINUTE;
  let i = 16;
  if (s.charCodeAt(16) === 58) {
    const second = twoDigits(s, 17);
    if (second < 0 || second > 59) return false;
    ms += second * 1000;
    i = 19;
    const c = s.charCodeAt(19);
    if (c === 46 || c === 44) {
      let fraction = 0;
      let digits = 0;
      for (i = 20; isDigit(s.charCodeAt(i)); i++) {
        if (digits < 3) {
          fraction = fraction * 10 + s.charCodeAt(i) - 48;
          digits++;
        }
      }
      if (digits === 0) return false;
      ms += fraction * (digits === 1 ? 100 : digits === 2 ? 10 : 1);
    }
  }
  scanned.timeMs = ms;
  scanned.hasTime = true;
  return i === n || zoneAt(s, i, n) === n;
}

/**
 * Reads `s` (already trimmed) into `scanned`. True when it has one of the formats; the date
 * itself (Feb 30, month 13) is checked by the caller, which knows the slash order.
 */
export function scan(s: string): boolean {
  const n = s.length;
  if (n < 8 || n > MAX_LENGTH) return false;
  if (n >= 10 && scanIsoFixed(s, n)) return true;
  let r = digitsAt(s, 0, 5);
  let k = r & 255;
  // A year has 4 digits, a day or month 1 or 2; 5 digits or more is a number, never a date.
  if (k === 0 || k === 3 || k === 5) return false;
  scanned.timeMs = 0;
  scanned.offsetMs = 0;
  scanned.hasTime = false;
  let i: number;
  if (k === 4) {
    scanned.year = r >> 8;
    const sep = s.charCodeAt(4);
    if (sep !== 45 /* - */ && sep !== 47 /* / */ && sep !== 46 /* . */) return false;
    i = sep === 46 ? spacesFrom(s, 5) : 5;
    r = digitsAt(s, i, 2);
    k = r & 255;
    if (k === 0 || s.charCodeAt(i + k) !== sep) return false;
    scanned.a = r >> 8;
    i += k + 1;
    if (sep === 46) i = spacesFrom(s, i);
    r = digitsAt(s, i, 2);
    k = r & 255;
    if (k === 0) return false;
    scanned.b = r >> 8;
    i += k;
    if (sep === 45) {
      scanned.family = ISO;
      const c = s.charCodeAt(i);
      if (c === 84 /* T */ || c === 116 /* t */) {
        i = clock(s, i + 1);
        if (i < 0 || scanned.hour > 23) return false;
        scanned.timeMs += scanned.hour * MS_PER_HOUR;
        i = zoneAt(s, i, n);
      } else {
        i = timeAfterDate(s, i, n, true);
      }
    } else if (sep === 47) {
      scanned.family = YMD_SLASH;
      i = timeAfterDate(s, i, n, false);
    } else {
      scanned.family = YMD_DOT;
      if (s.charCodeAt(i) === 46) i++; // Korean Excel ends the date with a dot: "2024. 3. 1."
      i = timeAfterDate(s, i, n, false);
    }
  } else {
    const sep = s.charCodeAt(k);
    if (sep !== 47 && sep !== 46) return false;
    scanned.family = sep === 47 ? SLASH : DMY_DOT;
    scanned.a = r >> 8;
    i = k + 1;
    r = digitsAt(s, i, 2);
    k = r & 255;
    if (k === 0 || s.charCodeAt(i + k) !== sep) return false;
    scanned.b = r >> 8;
    i += k + 1;
    r = digitsAt(s, i, 5);
    if ((r & 255) !== 4) return false;
    scanned.year = r >> 8;
    i = timeAfterDate(s, i + 4, n, false);
  }
  return i === n;
}

/** Midnight of the date, plus the scanned time, minus its zone offset: the instant; NaN for an impossible date. */
export function instantOf(y: number, month: number, day: number): number {
  if (day < 1 || day > daysInMonth(y, month)) return NaN;
  return daysFromCivil(y, month, day) * MS_PER_DAY + scanned.timeMs - scanned.offsetMs;
}

// ---------------------------------------------------------------------------------------------
// One cell.

export interface ParsedDateTime {
  /** ms since 1970-01-01 (UTC; a cell without a zone is read as UTC). */
  readonly ms: number;
  /** Whether the cell has a time of day. */
  readonly hasTime: boolean;
  /** How it was written, in words: "ISO 8601", "month/day/year", … */
  readonly format: Message;
}

/**
 * One cell as an instant, or null when it is not a date in one of the formats above. A slash
 * date is read in `order` (a column decides its order from all its cells: DateTimeCells).
 */
export function parseDateTime(cell: string, order: SlashOrder = 'month-first'): ParsedDateTime | null {
  const trimmed = cell.trim();
  if (!scan(trimmed)) return null;
  const { family, year, a, b, hasTime } = scanned;
  let ms: number;
  if (family === SLASH) {
    ms = order === 'month-first' ? instantOf(year, a, b) : instantOf(year, b, a);
  } else {
    ms = family === DMY_DOT ? instantOf(year, b, a) : instantOf(year, a, b);
  }
  if (ms !== ms) return null;
  return { ms, hasTime, format: familyName(family, hasTime, order) };
}

export function familyName(f: number, withTime: boolean, order: SlashOrder): Message {
  return msg('data.datetime.family', { family: familyKey(f, withTime, order) });
}

function familyKey(f: number, withTime: boolean, order: SlashOrder): string {
  switch (f) {
    case ISO:
      return withTime ? 'isoTime' : 'iso';
    case YMD_SLASH:
      return 'ymdSlash';
    case YMD_DOT:
      return 'ymdDot';
    case SLASH:
      return order === 'month-first' ? 'mdy' : 'dmy';
    default:
      return 'dmyDot';
  }
}

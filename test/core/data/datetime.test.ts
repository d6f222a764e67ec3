import { describe, expect, it } from 'vitest';
import { daysFromCivil, parseDateTime } from '../../../src/core/data/datetime';
import { parseDateTimeColumn } from '../../../src/core/data/datetime-column';
import { dateTimeRangeText, formatDateTime } from '../../../src/core/data/datetime-format';
import { english } from '../../../src/core/i18n/translate';
import type { Message } from '../../../src/core/i18n/message';

/** A message in English; '' for none. */
const en = (m: Message | undefined): string => (m ? english(m) : '');

const utc = Date.UTC;
const ms = (cell: string, order?: 'month-first' | 'day-first') => parseDateTime(cell, order)?.ms ?? null;

describe('parseDateTime: ISO 8601', () => {
  it('reads a date alone as midnight UTC, with no time of day', () => {
    expect(parseDateTime('2024-03-01')).toMatchObject({ ms: utc(2024, 2, 1), hasTime: false });
    expect(en(parseDateTime('2024-03-01')?.format)).toBe('ISO 8601 date');
  });

  it('reads date and time with T or a space, with minutes, seconds and fractions', () => {
    expect(ms('2024-03-01T10:00')).toBe(utc(2024, 2, 1, 10, 0));
    expect(ms('2024-03-01 10:00')).toBe(utc(2024, 2, 1, 10, 0));
    expect(ms('2024-03-01T10:05:09')).toBe(utc(2024, 2, 1, 10, 5, 9));
    expect(ms('2024-03-01 23:59:59')).toBe(utc(2024, 2, 1, 23, 59, 59));
    expect(parseDateTime('2024-03-01T10:00:00')).toMatchObject({ hasTime: true });
    expect(en(parseDateTime('2024-03-01T10:00:00')?.format)).toBe('ISO 8601 date and time');
  });

  it('keeps fractions of a second to the millisecond, from any number of digits', () => {
    expect(ms('2024-03-01T10:00:00.5')).toBe(utc(2024, 2, 1, 10, 0, 0, 500));
    expect(ms('2024-03-01T10:00:00.02')).toBe(utc(2024, 2, 1, 10, 0, 0, 20));
    expect(ms('2024-03-01T10:00:00.020')).toBe(utc(2024, 2, 1, 10, 0, 0, 20));
    expect(ms('2024-03-01T10:00:00.020999')).toBe(utc(2024, 2, 1, 10, 0, 0, 20));
    expect(ms('2024-03-01T10:00:00.123456789Z')).toBe(utc(2024, 2, 1, 10, 0, 0, 123));
    expect(ms('2024-03-01T10:00:00,25')).toBe(utc(2024, 2, 1, 10, 0, 0, 250));
  });

  it('turns a zone into the instant it names; no zone is wall-clock time read as UTC', () => {
    const ten = utc(2024, 2, 1, 10);
    expect(ms('2024-03-01T10:00:00Z')).toBe(ten);
    expect(ms('2024-03-01T10:00:00z')).toBe(ten);
    expect(ms('2024-03-01T10:00:00+02:00')).toBe(ten - 2 * 3600e3);
    expect(ms('2024-03-01T10:00:00+0200')).toBe(ten - 2 * 3600e3);
    expect(ms('2024-03-01T10:00:00+02')).toBe(ten - 2 * 3600e3);
    expect(ms('2024-03-01T10:00:00-05:30')).toBe(ten + 5.5 * 3600e3);
    expect(ms('2024-03-01T10:00:00.020+05:45')).toBe(ten + 20 - (5 * 60 + 45) * 60e3);
    expect(ms('2024-03-01 10:00:00 +00:00')).toBe(ten);
    expect(ms('2024-03-01 10:00:00 UTC')).toBe(ten);
    expect(ms('2024-03-01T10:00:00')).toBe(ten);
  });

  it('crosses midnight and the year through the zone', () => {
    expect(ms('2024-01-01T01:00:00+02:00')).toBe(utc(2023, 11, 31, 23));
  });

  it('accepts one-digit months and days', () => {
    expect(ms('2024-3-1')).toBe(utc(2024, 2, 1));
  });
});

describe('parseDateTime: spreadsheet formats', () => {
  it('reads year/month/day', () => {
    expect(ms('2024/03/01')).toBe(utc(2024, 2, 1));
    expect(ms('2024/3/1 10:00')).toBe(utc(2024, 2, 1, 10));
    expect(ms('2024/03/01 10:00:30.250')).toBe(utc(2024, 2, 1, 10, 0, 30, 250));
    expect(en(parseDateTime('2024/03/01')?.format)).toBe('year/month/day');
  });

  it('reads month/day/year with a 12-hour clock as Excel writes it in the US', () => {
    expect(ms('3/1/2024')).toBe(utc(2024, 2, 1));
    expect(ms('3/1/2024 10:00')).toBe(utc(2024, 2, 1, 10));
    expect(ms('3/1/2024 1:05 PM')).toBe(utc(2024, 2, 1, 13, 5));
    expect(ms('3/1/2024 1:05:09 pm')).toBe(utc(2024, 2, 1, 13, 5, 9));
    expect(ms('3/1/2024 12:05:00 AM')).toBe(utc(2024, 2, 1, 0, 5));
    expect(ms('3/1/2024 12:05:00 PM')).toBe(utc(2024, 2, 1, 12, 5));
    expect(ms('03/01/2024 11:59:59 PM')).toBe(utc(2024, 2, 1, 23, 59, 59));
    expect(en(parseDateTime('3/1/2024')?.format)).toBe('month/day/year');
  });

  it('reads day/month/year when asked to', () => {
    expect(ms('3/1/2024', 'day-first')).toBe(utc(2024, 0, 3));
    expect(ms('13/1/2024 10:00', 'day-first')).toBe(utc(2024, 0, 13, 10));
    expect(en(parseDateTime('3/1/2024', 'day-first')?.format)).toBe('day/month/year');
  });

  it('reads the German day.month.year', () => {
    expect(ms('01.03.2024')).toBe(utc(2024, 2, 1));
    expect(ms('1.3.2024 10:00')).toBe(utc(2024, 2, 1, 10));
    expect(ms('13.01.2024 10:00:05')).toBe(utc(2024, 0, 13, 10, 0, 5));
    expect(en(parseDateTime('01.03.2024')?.format)).toBe('day.month.year');
  });

  it('reads Korean Excel dates, with 오전 and 오후', () => {
    expect(ms('2024. 3. 1.')).toBe(utc(2024, 2, 1));
    expect(ms('2024.03.01')).toBe(utc(2024, 2, 1));
    expect(ms('2024. 3. 1. 오전 9:05')).toBe(utc(2024, 2, 1, 9, 5));
    expect(ms('2024. 3. 1. 오후 2:05:00')).toBe(utc(2024, 2, 1, 14, 5));
    expect(ms('2024. 3. 1. 오후 12:00:00')).toBe(utc(2024, 2, 1, 12));
    expect(ms('2024. 3. 1. 오전 12:30:00')).toBe(utc(2024, 2, 1, 0, 30));
    expect(ms('2024-03-01 오후 2:05:00')).toBe(utc(2024, 2, 1, 14, 5));
    expect(en(parseDateTime('2024. 3. 1.')?.format)).toBe('year. month. day.');
  });
});

describe('parseDateTime: what is not a date', () => {
  it('rejects impossible dates and times', () => {
    for (const cell of [
      '2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-03-00',
      '2024-03-01T25:00', '2024-03-01T24:00', '2024-03-01T10:60', '2024-03-01T10:00:60', '2024-03-01T10:00:00+25:00',
      '3/1/2024 13:00 PM', '13/13/2024', '2/30/2024', '31.04.2024', '2024/02/30', '2024. 2. 30.',
    ]) {
      expect(parseDateTime(cell), cell).toBeNull();
    }
    expect(ms('2024-02-29')).toBe(utc(2024, 1, 29));
    expect(ms('2000-02-29')).toBe(utc(2000, 1, 29));
  });

  it('never takes a number for a date', () => {
    for (const cell of ['20240301', '1700000000', '1700000000000', '2024', '45352', '45352.5', '3.5', '1.5e3', '-2024']) {
      expect(parseDateTime(cell), cell).toBeNull();
    }
  });

  it('rejects near misses and other text', () => {
    for (const cell of [
      '3/1/24', '1/2024', '2024-03', '2024-03-01T', '2024-03-01Tx', '2024-03-01T10:00:00Zx', '2024-03-01T10',
      '2024-03-01T10:0', '10:00:00', '13:00 PM', 'rec-017', 'March 1, 2024', '2024-03/01', '123/4/2024', '3/1/20245',
      '2024-03-01T10:00:00 PM', '1.3.2024 10:00 Uhr',
    ]) {
      expect(parseDateTime(cell), cell).toBeNull();
    }
  });

  it('trims blanks around a cell', () => {
    expect(ms('  2024-03-01 ')).toBe(utc(2024, 2, 1));
  });
});

describe('parseDateTimeColumn: day/month order decided per column', () => {
  it('reads a column day-first when some first number is above 12', () => {
    const col = parseDateTimeColumn(['3/1/2024 10:00', '13/1/2024 10:00']);
    expect(col?.order).toBe('day-first');
    expect(Array.from(col?.values ?? [])).toEqual([utc(2024, 0, 3, 10), utc(2024, 0, 13, 10)]);
    expect(en(col?.format)).toBe('day/month/year, e.g. 3/1/2024 10:00 read as 3 January');
  });

  it('reads a column month-first when some second number is above 12', () => {
    const col = parseDateTimeColumn(['3/4/2024', '3/14/2024', null]);
    expect(col?.order).toBe('month-first');
    expect(Array.from(col?.values ?? [])).toEqual([utc(2024, 2, 4), utc(2024, 2, 14), NaN]);
    expect(en(col?.format)).toBe('month/day/year, e.g. 3/4/2024 read as March 4');
  });

  it('assumes month first when nothing tells, and says so', () => {
    const col = parseDateTimeColumn(['03/04/2024', '05/06/2024']);
    expect(col?.order).toBe('month-first');
    expect(col?.values[0]).toBe(utc(2024, 2, 4));
    expect(en(col?.format)).toMatch(/^month\/day\/year, e\.g\. 03\/04\/2024 read as March 4; no number above 12 tells the order, so month first is assumed/);
  });

  it('takes a column whose slash dates contradict each other for no date column', () => {
    expect(parseDateTimeColumn(['3/14/2024', '14/3/2024'])).toBeNull();
  });

  it('gives min, max, the time flag and the format with an example', () => {
    const col = parseDateTimeColumn(['2024-03-01T10:00:00.020Z', '2024-03-01T10:00:01.000Z', '2024-03-01T09:59:59.500Z']);
    expect(col).toMatchObject({
      count: 3, min: utc(2024, 2, 1, 9, 59, 59, 500), max: utc(2024, 2, 1, 10, 0, 1), hasTime: true, order: null,
    });
    expect(en(col?.format)).toBe('ISO 8601 date and time, e.g. 2024-03-01T10:00:00.020Z');
  });

  it('keeps times before 1970 and far years exact', () => {
    const col = parseDateTimeColumn(['1969-12-31T23:59:59.999', '0001-01-01', '9999-12-31T23:59:59']);
    expect(Array.from(col?.values ?? [])).toEqual([-1, utc(2000, 0, 1) - daysBetween2000And0001(), utc(9999, 11, 31, 23, 59, 59)]);
  });

  it('names every format of a mixed column', () => {
    expect(en(parseDateTimeColumn(['2024-03-01', '01.03.2024'])?.format)).toBe('mixed formats: ISO 8601 date and day.month.year; e.g. 2024-03-01');
  });

  it('is null when some cell is not a date', () => {
    expect(parseDateTimeColumn(['2024-03-01', 'soon'])).toBeNull();
  });
});

/** Days from 0001-01-01 to 2000-01-01 in ms, by Date (whose setUTCFullYear takes years below 100 as written). */
function daysBetween2000And0001(): number {
  const d = new Date(0);
  d.setUTCFullYear(1, 0, 1);
  return utc(2000, 0, 1) - d.getTime();
}

describe('daysFromCivil', () => {
  it('agrees with Date for every month over a long range of years', () => {
    for (let y = -400; y <= 2800; y += 7) {
      for (let m = 1; m <= 12; m++) {
        const d = new Date(0);
        d.setUTCFullYear(y, m - 1, 28);
        expect(daysFromCivil(y, m, 28) * 86_400_000).toBe(d.getTime());
      }
    }
  });
});

describe('writing instants for people', () => {
  const t = utc(2024, 2, 1, 10, 0, 4, 20);
  it('formats at each precision without T or Z', () => {
    expect(formatDateTime(t, 'date')).toBe('2024-03-01');
    expect(formatDateTime(t, 'minute')).toBe('2024-03-01 10:00');
    expect(formatDateTime(t)).toBe('2024-03-01 10:00:04');
    expect(formatDateTime(t, 'millisecond')).toBe('2024-03-01 10:00:04.020');
    expect(formatDateTime(t, 'month')).toBe('2024-03');
    expect(formatDateTime(t, 'year')).toBe('2024');
  });

  it('writes a range of dates, or of times to the second (or ms when the ends have some)', () => {
    expect(dateTimeRangeText(utc(2024, 2, 1), utc(2024, 5, 30), false)).toBe('2024-03-01 – 2024-06-30');
    expect(dateTimeRangeText(utc(2024, 2, 1, 10), utc(2024, 2, 1, 10, 1, 4), true)).toBe('2024-03-01 10:00:00 – 2024-03-01 10:01:04');
    expect(dateTimeRangeText(utc(2024, 2, 1, 10), t, true)).toBe('2024-03-01 10:00:00.000 – 2024-03-01 10:00:04.020');
    expect(dateTimeRangeText(t, t, true)).toBe('2024-03-01 10:00:04.020');
  });
});

/**
 * Accumulated cells → typed columns (number, date/time, category, text, empty), each with the
 * reason in one sentence, plus the columns we propose to leave out of the model.
 */
import { quoteInput, type AppErrorInfo } from '../errors';
import { listOf, msg, type Message } from '../i18n/message';
import { MISSING_CODE, NUMBER_CODE, type AccumulatedColumn } from './accumulate';
import { csvWarnings } from './csv-errors';
import { isRunningNumber, isUniqueIntegers, looksLikeIdName, NUMBER_DISTINCT_CAP, numberStats, sumsOf, type NumberStats } from './column-stats';
import type { DateTimeValues } from './datetime-column';
import { categoryHistogram, dateTimeHistogram, formatNumber, MAX_NUMBER_BINS, numberHistogram } from './histogram';
import { unusableLabel, unusableWarning } from './number-notes';
import { readColumnNumbers } from './number-reading';
import type { CategoryColumn, Column, DateTimeColumn, EmptyColumn, NumberColumn, NumberCleaning, TextColumn } from './types';

/** A numeric column may hold at most this many text cells, … */
export const MAX_STRAY_CELLS = 20;
/** … and at most this share of its present cells. */
export const MAX_STRAY_SHARE = 0.02;
/** A category has at most this many distinct values, … */
export const MAX_CATEGORIES = 50;
/** … and each value repeats on average (distinct ≤ half the present rows). */
const MIN_ROWS_PER_CATEGORY = 2;
/** Text with at least this share of distinct values is an identifier (a name, a code), … */
const IDENTIFIER_DISTINCT_SHARE = 0.7;
/** … when its values are short; long unique values are free text. */
const IDENTIFIER_MAX_MEAN_LENGTH = 40;

/** Why a date/time column is proposed for exclusion from a table model, in the user's words. */
export const DATETIME_EXCLUSION_REASON: Message = msg('data.exclude.datetime');

const TEXT_EXCLUSION_REASONS: Readonly<Record<TextColumn['role'], Message>> = {
  identifier: msg('data.exclude.identifier'),
  code: msg('data.exclude.code'),
  'free text': msg('data.exclude.freeText'),
};

export interface TypedColumns {
  readonly columns: Column[];
  readonly suggestedExclusions: { column: string; reason: Message }[];
  readonly warnings: AppErrorInfo[];
}

export function typeColumns(names: readonly string[], accumulated: readonly AccumulatedColumn[]): TypedColumns {
  const columns: Column[] = [];
  const suggestedExclusions: { column: string; reason: Message }[] = [];
  const warnings: AppErrorInfo[] = [];
  accumulated.forEach((acc, i) => {
    const name = names[i] as string;
    const present = acc.rows - acc.missing;
    let column: Column;
    const numbers = present === 0 ? null : asNumbers(acc, present);
    if (present === 0) {
      column = emptyColumn(name, acc);
      const unusable = [...acc.reading.unusable.keys()].map(unusableLabel);
      suggestedExclusions.push({
        column: name,
        reason: unusable.length > 0 ? msg('data.exclude.unusableNumbers', { labels: listOf(unusable) }) : msg('data.exclude.noValues'),
      });
    } else if (numbers !== null) {
      const { stats } = numbers;
      const number = numberColumn(name, acc, numbers);
      column = number;
      if (number.strayCount > 0) warnings.push(csvWarnings.strayText(name, number.strayCells, number.strayCount));
      const unusable = unusableWarning(number);
      if (unusable !== null) warnings.push(unusable);
      const idReason = numberIdReason(number, stats) ?? constantReason(number, formatNumber(number.min));
      if (idReason !== null) suggestedExclusions.push({ column: name, reason: idReason });
    } else if (acc.dates !== null && isDateTime(acc.dates, present)) {
      const dates = acc.dates;
      column = dateTimeColumn(name, acc, dates);
      const strays = present - dates.count;
      if (strays > 0) warnings.push(csvWarnings.strayDateCells(name, acc.nonDateCells, strays, dates.hasTime));
      suggestedExclusions.push({ column: name, reason: DATETIME_EXCLUSION_REASON });
    } else {
      column = categoryOrText(name, acc);
      const constant = column.kind === 'category' ? constantReason(column, column.categories[0] ?? '') : null;
      if (constant !== null) suggestedExclusions.push({ column: name, reason: constant });
      if (column.kind === 'text') {
        suggestedExclusions.push({
          column: name,
          reason: TEXT_EXCLUSION_REASONS[column.role],
        });
      }
    }
    columns.push(column);
  });
  return { columns, suggestedExclusions, warnings };
}

/** At most MAX_STRAY_CELLS, and at most MAX_STRAY_SHARE of the present cells. */
function fewStrays(strays: number, present: number): boolean {
  return strays <= MAX_STRAY_CELLS && strays <= MAX_STRAY_SHARE * present;
}

interface ColumnNumbers {
  readonly values: Float64Array;
  readonly stats: NumberStats;
  readonly strayCount: number;
  readonly strayCells: readonly { row: number; line: number; value: string }[];
  readonly removed: NumberCleaning | null;
}

/**
 * The column read as numbers when (almost) all of its present cells are numbers by one rule:
 * plain, or with one symbol and thousands separators removed (number-reading.ts); else null.
 */
function asNumbers(acc: AccumulatedColumn, present: number): ColumnNumbers | null {
  const reading = acc.reading;
  if (reading.lenientCount > 0) {
    const read = readColumnNumbers(valuesOf(acc), reading);
    if (read !== null && fewStrays(reading.strayCount, present)) {
      const stats = numberStats(read.values, read.changed ? sumsOf(read.values) : acc.sums, MAX_NUMBER_BINS);
      const { symbol, separators, parentheses, cells } = read;
      return { values: read.values, stats, strayCount: reading.strayCount, strayCells: reading.firstStrayCells, removed: { symbol, separators, parentheses, cells } };
    }
  }
  if (!fewStrays(acc.textCount, present)) return null;
  const values = valuesOf(acc);
  return { values, stats: numberStats(values, acc.sums, MAX_NUMBER_BINS), strayCount: acc.textCount, strayCells: acc.firstTextCells, removed: null };
}

/** The column's numbers; all NaN when it held none (then no array was kept). */
function valuesOf(acc: AccumulatedColumn): Float64Array {
  return acc.values ?? new Float64Array(acc.rows).fill(NaN);
}

function emptyColumn(name: string, acc: AccumulatedColumn): EmptyColumn {
  return {
    name, index: acc.index, kind: 'empty', missing: acc.missing, distinct: 0, distinctCapped: false, histogram: [],
    reason: msg('data.column.empty', { rows: acc.rows }),
  };
}

function numberColumn(name: string, acc: AccumulatedColumn, numbers: ColumnNumbers): NumberColumn {
  const { values, stats, strayCount } = numbers;
  const strayCells = numbers.strayCells.map((c) => ({ row: c.row + 1, line: c.line, value: c.value }));
  const reason = strayCount === 0
    ? msg('data.column.numbers', { present: stats.present, missing: acc.missing })
    : msg('data.column.numbersWithText', { present: stats.present, missing: acc.missing, strays: strayCount });
  const unusable = [...acc.reading.unusable].map(([label, count]) => ({ label, count }));
  return {
    name, index: acc.index, kind: 'number', missing: acc.missing,
    distinct: stats.distinct, distinctCapped: stats.distinctCapped,
    histogram: numberHistogram(values, stats),
    reason,
    values, min: stats.min, max: stats.max, mean: stats.mean, std: stats.std, integer: stats.integer,
    strayCells, strayCount,
    ...(numbers.removed !== null ? { removed: numbers.removed } : {}),
    ...(unusable.length > 0 ? { unusable } : {}),
  };
}

/** Why a numeric column looks like a row number or an ID, or null when it does not. */
function numberIdReason(column: NumberColumn, stats: NumberStats): Message | null {
  if (!column.integer || column.missing > 0 || column.strayCount > 0) return null;
  if (isRunningNumber(column.values, stats)) return msg('data.exclude.rowNumber', { min: column.min, max: column.max });
  if (looksLikeIdName(column.name) && isUniqueIntegers(column.values, stats)) return msg('data.exclude.idName');
  return null;
}

/** Why a column whose every row holds one value cannot help (its inputs to the network never change), or null. */
function constantReason(column: NumberColumn | CategoryColumn, value: string): Message | null {
  if (column.distinct !== 1 || column.missing > 0) return null;
  return msg('data.exclude.constant', { value: quoteInput(value) });
}

/**
 * (Almost) every present cell is a date: at most MAX_STRAY_CELLS others (text or numbers), and
 * at most MAX_STRAY_SHARE of them, the same allowance a number column has for stray text.
 */
function isDateTime(dates: DateTimeValues, present: number): boolean {
  const others = present - dates.count;
  return dates.count > 0 && others <= MAX_STRAY_CELLS && others <= MAX_STRAY_SHARE * present;
}

/** The cells that were not dates are missing values of this column (its `values` are NaN there). */
function dateTimeColumn(name: string, acc: AccumulatedColumn, dates: DateTimeValues): DateTimeColumn {
  const strays = acc.rows - acc.missing - dates.count;
  const withTime = dates.hasTime ? 'yes' : 'no';
  const reason = strays === 0
    ? msg('data.column.dates', { count: dates.count, withTime, missing: acc.missing, format: dates.format })
    : msg('data.column.datesWithOthers', { count: dates.count, withTime, missing: acc.missing, format: dates.format, strays });
  const { distinct, distinctCapped } = distinctInstants(dates.values);
  return {
    name, index: acc.index, kind: 'datetime', missing: acc.missing + strays, distinct, distinctCapped,
    histogram: dateTimeHistogram(dates.values, dates.min, dates.max),
    reason,
    values: dates.values, min: dates.min, max: dates.max, format: dates.format, hasTime: dates.hasTime,
  };
}

/** Distinct instants, exact up to NUMBER_DISTINCT_CAP. */
function distinctInstants(values: Float64Array): { distinct: number; distinctCapped: boolean } {
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    seen.add(v);
    if (seen.size > NUMBER_DISTINCT_CAP) return { distinct: NUMBER_DISTINCT_CAP, distinctCapped: true };
  }
  return { distinct: seen.size, distinctCapped: false };
}

/** Labels of the values in row order of first appearance: text as written, numbers as formatted. */
function firstAppearanceCategories(acc: AccumulatedColumn): { categories: string[]; counts: number[]; codes: Int32Array } {
  const dictionary = acc.dictionary as readonly string[];
  const sourceCodes = acc.codes ?? codesFromTextCells(acc);
  const values = valuesOf(acc);
  const codes = new Int32Array(acc.rows);
  const index = new Map<string, number>();
  const categories: string[] = [];
  const counts: number[] = [];
  for (let r = 0; r < acc.rows; r++) {
    const code = sourceCodes[r] as number;
    if (code === MISSING_CODE) {
      codes[r] = -1;
      continue;
    }
    const label = code === NUMBER_CODE ? formatNumber(values[r] as number, -1) : (dictionary[code] as string);
    let k = index.get(label);
    if (k === undefined) {
      k = categories.length;
      index.set(label, k);
      categories.push(label);
      counts.push(0);
    }
    counts[k] = (counts[k] as number) + 1;
    codes[r] = k;
  }
  return { categories, counts, codes };
}

/** Codes for a column whose few text cells are all in `firstTextCells` (no code array was kept). */
function codesFromTextCells(acc: AccumulatedColumn): Int32Array {
  const codes = new Int32Array(acc.rows);
  const values = valuesOf(acc);
  for (let r = 0; r < acc.rows; r++) codes[r] = values[r] === values[r] ? NUMBER_CODE : MISSING_CODE;
  const dictionary = acc.dictionary as readonly string[];
  for (const cell of acc.firstTextCells) codes[cell.row] = dictionary.indexOf(cell.value);
  return codes;
}

function categoryOrText(name: string, acc: AccumulatedColumn): CategoryColumn | TextColumn {
  const present = acc.rows - acc.missing;
  const numbers = acc.numberCount > 0 ? numberStats(valuesOf(acc), acc.sums, 0) : null;
  const distinct = acc.textDistinct + (numbers?.distinct ?? 0);
  const distinctCapped = acc.dictionary === null || (numbers?.distinctCapped ?? false);
  const base = { name, index: acc.index, missing: acc.missing, distinct, distinctCapped };

  if (acc.dictionary !== null && distinct <= MAX_CATEGORIES && distinct * MIN_ROWS_PER_CATEGORY <= present) {
    const { categories, counts, codes } = firstAppearanceCategories(acc);
    const histogram = categoryHistogram(categories, counts);
    const shown = histogram.filter((b) => b.label !== 'other').slice(0, 3).map((b) => b.label);
    const more = categories.length > shown.length ? ', …' : '';
    return {
      ...base, kind: 'category', distinct: categories.length, histogram, codes, categories, counts,
      reason: msg('data.column.category', { count: categories.length, shown: `${shown.join(', ')}${more}`, rows: present, missing: acc.missing }),
    };
  }

  const meanLength = acc.textCount > 0 ? acc.textChars / acc.textCount : 0;
  const short = meanLength <= IDENTIFIER_MAX_MEAN_LENGTH;
  const identifier = distinct >= IDENTIFIER_DISTINCT_SHARE * present && short;
  const role = identifier ? 'identifier' : short ? 'code' : 'free text';
  const counted = { distinct, capped: distinctCapped ? 'yes' : 'no', rows: present };
  const reason = identifier
    ? msg('data.column.identifier', counted)
    : distinct > MAX_CATEGORIES
      ? msg('data.column.tooManyValues', { ...counted, short: short ? 'yes' : 'no', max: MAX_CATEGORIES })
      : msg('data.column.fewRepeats', counted);
  const histogram = acc.dictionary !== null && acc.dictionaryCounts !== null
    ? categoryHistogram(acc.dictionary, acc.dictionaryCounts) : [];
  return {
    ...base, kind: 'text', histogram, role, examples: acc.examples, reason,
    ...(acc.dictionary !== null ? textCodes(acc) : {}),
  };
}

/**
 * A text column's codes while the accumulator still had its dictionary (≤ DICTIONARY_CAP
 * distinct strings): the accumulator's own when the column holds no numbers (its dictionary is
 * already in order of first appearance, its missing cells already −1); otherwise numbers join
 * the dictionary as written by formatNumber, as they do in a category.
 */
function textCodes(acc: AccumulatedColumn): { codes: Int32Array; dictionary: readonly string[] } {
  if (acc.numberCount === 0 && acc.codes !== null && acc.dictionary !== null) return { codes: acc.codes, dictionary: acc.dictionary };
  const { categories, codes } = firstAppearanceCategories(acc);
  return { codes, dictionary: categories };
}

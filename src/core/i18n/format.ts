import type { Locale } from './locale';
import { translator } from './translate';

/**
 * Numbers, percentages, durations, sizes and shapes formatted per language: the one place
 * every screen and the CLI format them, so that a number reads the same everywhere.
 */

/** Building an Intl.NumberFormat costs far more than formatting with one: charts format thousands of ticks. */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** 1234567 → "1,234,567". */
export function formatInteger(value: number, locale: Locale): string {
  return Number.isFinite(value) ? numberFormat(locale, { maximumFractionDigits: 0 }).format(value) : '—';
}

/**
 * A measured value with `significant` significant digits (3: 2.3123 → "2.31", 0.01234 → "0.0123",
 * 23.456 → "23.5"); values at or above 10^significant are shown whole with separators (1234.5 →
 * "1,235"); tiny values as plain decimals with 2 significant digits (0.0000691 → "0.000069"),
 * never in e-notation, which an analyst should not have to decode.
 */
export function formatNumber(value: number, locale: Locale, significant = 3): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs < 1e-4) return abs < 1e-12 ? '0' : numberFormat(locale, { maximumSignificantDigits: 2, maximumFractionDigits: 20 }).format(value);
  if (abs >= 10 ** significant) return formatInteger(value, locale);
  return numberFormat(locale, { maximumSignificantDigits: significant }).format(value);
}

/** A score between 0 and 1 with a fixed number of decimals, so a column of them lines up: 1 → "1.00". */
export function formatScore(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  // -0.0004 rounds to "-0.000": a sign on zero only puzzles.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** 0.9712 → "97.1%"; whole percentages lose the ".0". */
export function formatPercent(fraction: number, locale: Locale, decimals = 1): string {
  if (!Number.isFinite(fraction)) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: decimals }).format(fraction);
}

/** 75_000 ms → "1 min 15 s" / "1분 15초"; 300 ms → "less than a second" / "1초 미만". */
export function formatDuration(ms: number, locale: Locale): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const t = translator(locale);
  if (ms < 1000) return t('common.duration.underSecond');
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return t('common.duration.seconds', { seconds });
  return seconds === 0 ? t('common.duration.minutes', { minutes }) : t('common.duration.minutesSeconds', { minutes, seconds });
}

/** 1536 → "1.5 KB"; 100 → "100 bytes" / "100바이트". */
export function formatBytes(bytes: number, locale: Locale): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['KB', 'MB', 'GB'];
  if (bytes < 1024) return translator(locale)('common.bytes', { count: Math.round(bytes) });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, locale, 3)} ${units[unit]}`;
}

/** Tick labels for chart axes: compact and short ("12K" / "1.2만"). */
export function formatTick(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  if (abs >= 10_000) return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  return formatNumber(value, locale, 3);
}


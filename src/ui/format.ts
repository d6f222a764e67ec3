import * as core from '../core/i18n/format';
import { currentLocale } from './i18n/locale-store';

/**
 * Numbers formatted for reading, in the UI's language: thin wrappers over core/i18n/format.ts,
 * which the CLI uses too, so every screen and the terminal show numbers the same way.
 */

/** 1234567 → "1,234,567". */
export function formatInteger(value: number): string {
  return core.formatInteger(value, currentLocale());
}

/** A measured value with `significant` significant digits; see core/i18n/format.ts. */
export function formatNumber(value: number, significant = 3): string {
  return core.formatNumber(value, currentLocale(), significant);
}

/** A score between 0 and 1 with a fixed number of decimals, so a column of them lines up: 1 → "1.00". */
export const formatScore = core.formatScore;

/** 0.9712 → "97.1%"; whole percentages lose the ".0". */
export function formatPercent(fraction: number, decimals = 1): string {
  return core.formatPercent(fraction, currentLocale(), decimals);
}

/** 0.9712 → "97%" for verdict sentences. */
export function formatPercentRounded(fraction: number): string {
  return formatPercent(fraction, 0);
}

/** 75_000 ms → "1 min 15 s" / "1분 15초". */
export function formatDuration(ms: number): string {
  return core.formatDuration(ms, currentLocale());
}

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  return core.formatBytes(bytes, currentLocale());
}

/** Tick formatter for chart axes: compact and short. */
export function formatTick(value: number): string {
  return core.formatTick(value, currentLocale());
}

/** Built once per language and number of decimals: a chart formats every tick and legend value with them. */
const fixedFormats = new Map<string, Intl.NumberFormat>();

/** A value with exactly `decimals` decimals in the UI's language (never e-notation): 0.5, 1 → "0.50". */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const places = Math.max(0, Math.min(20, Math.round(decimals)));
  const key = `${currentLocale()}:${places}`;
  let format = fixedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: places, maximumFractionDigits: places, useGrouping: false });
    fixedFormats.set(key, format);
  }
  const text = format.format(value);
  // -0.0000 after rounding: a sign on zero only puzzles.
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * The labels of a chart axis's ticks: shares as whole percentages; other values with as many
 * decimals as their step needs, so that close ticks (1.085, 1.090, 1.095) never read alike and
 * tiny ones (0.000069) are never written 6.9e-5; large ones compact ("20K").
 */
export function formatTicks(ticks: readonly number[], percent: boolean): string[] {
  if (percent) return ticks.map((t) => formatPercent(t, 0));
  const step = ticks.length > 1 ? Math.abs((ticks[1] ?? 0) - (ticks[0] ?? 0)) : 0;
  const largest = Math.max(0, ...ticks.map((t) => Math.abs(t)));
  if (step === 0 || step >= 1 || largest >= 10_000) return ticks.map((t) => formatTick(t));
  const decimals = Math.ceil(-Math.log10(step) - 1e-9);
  return ticks.map((t) => formatFixed(t, decimals));
}

/** A value as a chart's legend or tooltip gives it: "83.4%" for a share, four significant digits otherwise. */
export function formatChartValue(value: number | null | undefined, percent: boolean): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return percent ? `${formatFixed(value * 100, 1)}%` : formatNumber(value, 4);
}

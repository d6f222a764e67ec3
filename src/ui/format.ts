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

/**
 * Counted words, the same in every stage and runtime (no Intl): "1 step", "3 steps",
 * "the one channel", "each of the 3 channels". Every sentence that puts a number before a
 * noun goes through here, so that a count of 1 never reads "1 steps".
 */

/** 2080 → "2,080". */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The noun alone, agreeing with n: (1, 'step') → "step", (3, 'step') → "steps". */
export function noun(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** 1 → "1 unit", 64 → "64 units", 2080 → "2,080 units". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${noun(n, one, many)}`;
}

/**
 * "each of the 3 channels" or, for one, "the one channel": a sentence then goes on in the
 * singular either way ("… is pooled on its own").
 */
export function eachOf(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? `the one ${one}` : `each of the ${plural(n, one, many)}`;
}

/** "the 3 features" or "the one feature". */
export function theCount(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? `the one ${one}` : `the ${plural(n, one, many)}`;
}

/** "all 3 steps" or "the one step". */
export function allOf(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? `the one ${one}` : `all ${plural(n, one, many)}`;
}

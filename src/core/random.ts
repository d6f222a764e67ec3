/**
 * Seeded randomness for splits and shuffles. Every run with the same seed must pick the same
 * rows, in the app, the worker and the CLI alike, so nothing here touches Math.random.
 */

/** mulberry32: a small, fast 32-bit generator; returns uniform numbers in [0, 1). */
export function createRng(seed: number): () => number {
  // Any finite number is accepted as a seed; it is folded into 32 bits so 42 and 42.0 agree.
  let state = Number.isFinite(seed) ? seed >>> 0 : 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a typed (or plain number) array, in place; returns the same array. */
export function shuffleInPlace<T extends { length: number; [i: number]: number }>(a: T, rng: () => number): T {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = a[i] as number;
    a[i] = a[j] as number;
    a[j] = tmp;
  }
  return a;
}

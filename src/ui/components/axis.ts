/**
 * Round axis ranges and tick positions (1, 2 or 5 × a power of ten), so charts read
 * 10, 15, 20 rather than 6.63, 12.6, 18.6. Chart layout only; no statistics here.
 */

function niceStep(range: number, count: number): number {
  const raw = range / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalised = raw / magnitude;
  const factor = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** Removes floating-point dust: 0.30000000000000004 → 0.3. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export interface NiceAxis {
  readonly domain: [number, number];
  readonly ticks: number[];
}

/** An axis that covers [min, max] with about `count` round steps. */
export function niceAxis(min: number, max: number, count = 5): NiceAxis {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] };
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const step = niceStep(max - min, count);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 2; i++) ticks.push(clean(lo + i * step));
  return { domain: [clean(lo), clean(hi)], ticks };
}

/** The smallest and largest finite values. */
export function extent(values: Iterable<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** Epoch ticks 1…epochs at a round step: 30 epochs → 1, 5, 10, …, 30. */
export function epochTicks(epochs: number): number[] {
  if (epochs <= 10) return Array.from({ length: Math.max(1, epochs) }, (_, i) => i + 1);
  const step = niceStep(epochs, 6);
  const ticks = [1];
  for (let t = step; t <= epochs; t += step) ticks.push(t);
  if (ticks[ticks.length - 1] !== epochs) ticks.push(epochs);
  // The last round tick can crowd the final epoch; drop it when they are too close.
  if (ticks.length > 2 && epochs - (ticks[ticks.length - 2] ?? 0) < step / 2) ticks.splice(ticks.length - 2, 1);
  return ticks;
}

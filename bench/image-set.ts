/**
 * A folder of N colour PNGs in 3 class sub-folders, to measure image training on more images
 * than fit in memory: each class draws stripes at its own angle (horizontal, vertical,
 * diagonal) with a random phase, period and tint, plus pixel noise, so that a CNN can learn
 * the classes from colour or from grayscale alike. Seeded: the same arguments give the same bytes.
 *
 *   npx tsx bench/image-set.ts <folder> [count = 30000] [side = 64]
 * The folder must lie under .tmp/ or /tmp (it is emptied first). Prints one JSON line:
 * {folder, images, side, bytes, seconds}.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { createRng } from '../src/core/random';

export const IMAGE_SET_CLASSES = ['stripes-h', 'stripes-v', 'stripes-d'] as const;
export const DEFAULT_IMAGE_SET_COUNT = 30_000;
export const DEFAULT_IMAGE_SET_SIDE = 64;

/** Direction of the stripes per class, as (dx, dy) of the wave vector. */
const DIRECTIONS: Readonly<Record<(typeof IMAGE_SET_CLASSES)[number], readonly [number, number]>> = {
  'stripes-h': [0, 1],
  'stripes-v': [1, 0],
  'stripes-d': [Math.SQRT1_2, Math.SQRT1_2],
};

/** One image's PNG bytes: stripes of its class, a random tint, and noise. */
export function stripedImage(className: (typeof IMAGE_SET_CLASSES)[number], side: number, rng: () => number): Buffer {
  const [dx, dy] = DIRECTIONS[className];
  const period = side / (3 + rng() * 4);
  const phase = rng() * Math.PI * 2;
  const tint = [0.5 + rng() * 0.5, 0.5 + rng() * 0.5, 0.5 + rng() * 0.5];
  const png = new PNG({ width: side, height: side, colorType: 2, inputColorType: 6 });
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const wave = 0.5 + 0.5 * Math.sin(((x * dx + y * dy) / period) * Math.PI * 2 + phase);
      const o = (y * side + x) * 4;
      for (let c = 0; c < 3; c++) {
        const v = 40 + wave * 180 * (tint[c] as number) + (rng() - 0.5) * 60;
        png.data[o + c] = Math.max(0, Math.min(255, Math.round(v)));
      }
      png.data[o + 3] = 255;
    }
  }
  return PNG.sync.write(png, { colorType: 2, inputColorType: 6 });
}

/** Refuses a folder outside the scratch places: the generator empties it first. */
export function checkScratchFolder(folder: string): string {
  const full = resolve(folder);
  const scratch = [resolve('.tmp'), '/tmp'];
  if (!scratch.some((root) => full.startsWith(`${root}/`))) throw new Error(`${folder}: give a folder under .tmp/ or /tmp (it is emptied first)`);
  return full;
}

export interface ImageSetInfo {
  readonly folder: string;
  readonly images: number;
  readonly side: number;
  readonly bytes: number;
  readonly seconds: number;
}

/** Writes `count` images, spread evenly over the classes, into `folder`/<class>/. */
export function generateImageSet(folder: string, count = DEFAULT_IMAGE_SET_COUNT, side = DEFAULT_IMAGE_SET_SIDE, seed = 2026): ImageSetInfo {
  const root = checkScratchFolder(folder);
  const started = performance.now();
  rmSync(root, { recursive: true, force: true });
  for (const c of IMAGE_SET_CLASSES) mkdirSync(join(root, c), { recursive: true });
  const rng = createRng(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const className = IMAGE_SET_CLASSES[i % IMAGE_SET_CLASSES.length] as (typeof IMAGE_SET_CLASSES)[number];
    const png = stripedImage(className, side, rng);
    bytes += png.length;
    writeFileSync(join(root, className, `${String(i).padStart(6, '0')}.png`), png);
  }
  return { folder: root, images: count, side, bytes, seconds: (performance.now() - started) / 1000 };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}` || process.argv[1]?.endsWith('bench/image-set.ts')) {
  const [folder, count, side] = process.argv.slice(2);
  if (!folder) {
    process.stderr.write('usage: npx tsx bench/image-set.ts <folder under .tmp/ or /tmp> [count = 30000] [side = 64]\n');
    process.exit(2);
  }
  const info = generateImageSet(folder, count ? Number(count) : DEFAULT_IMAGE_SET_COUNT, side ? Number(side) : DEFAULT_IMAGE_SET_SIDE);
  process.stdout.write(`${JSON.stringify(info)}\n`);
}

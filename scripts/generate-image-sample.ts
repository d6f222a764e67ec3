/**
 * Generates resources/samples/shapes: 16×16 grayscale PNGs of circles, squares and triangles
 * (60 each) at random positions and sizes, with pixel noise, plus files.json listing them (a
 * browser host cannot list a folder). Seeded: running it again gives the same bytes.
 * Run: npx tsx scripts/generate-image-sample.ts   Licence of the output: CC0 1.0.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { createRng } from '../src/core/random';

const SIZE = 16;
const PER_CLASS = 60;
const ROOT = 'resources/samples/shapes';
const rng = createRng(20_260_423);

type Inside = (x: number, y: number) => boolean;

function shape(kind: string, cx: number, cy: number, r: number): Inside {
  if (kind === 'circle') return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  if (kind === 'square') return (x, y) => Math.abs(x - cx) <= r * 0.85 && Math.abs(y - cy) <= r * 0.85;
  // An upward triangle: apex at the top, base at the bottom.
  return (x, y) => y <= cy + r * 0.8 && y >= cy - r && Math.abs(x - cx) <= ((y - (cy - r)) / (1.8 * r)) * r;
}

function image(kind: string): Buffer {
  const r = 3.5 + rng() * 2.5;
  const cx = r + 0.5 + rng() * (SIZE - 1 - 2 * r);
  const cy = r + 0.5 + rng() * (SIZE - 1 - 2 * r);
  const inside = shape(kind, cx, cy, r);
  const foreground = 170 + rng() * 80;
  const background = rng() * 60;
  const png = new PNG({ width: SIZE, height: SIZE, colorType: 0, inputColorType: 6 });
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const base = inside(x + 0.5, y + 0.5) ? foreground : background;
      const v = Math.max(0, Math.min(255, Math.round(base + (rng() - 0.5) * 50)));
      const o = (y * SIZE + x) * 4;
      png.data[o] = v;
      png.data[o + 1] = v;
      png.data[o + 2] = v;
      png.data[o + 3] = 255;
    }
  }
  return PNG.sync.write(png, { colorType: 0, inputColorType: 6 });
}

rmSync(ROOT, { recursive: true, force: true });
const files: string[] = [];
for (const kind of ['circle', 'square', 'triangle']) {
  mkdirSync(join(ROOT, kind), { recursive: true });
  for (let i = 0; i < PER_CLASS; i++) {
    const path = `${kind}/${kind}-${String(i).padStart(3, '0')}.png`;
    writeFileSync(join(ROOT, path), image(kind));
    files.push(path);
  }
}
writeFileSync(join(ROOT, 'files.json'), `${JSON.stringify(files, null, 1)}\n`);
process.stdout.write(`Wrote ${files.length} images to ${ROOT}\n`);

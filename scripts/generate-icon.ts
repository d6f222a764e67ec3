/**
 * Generates resources/icon.png, the app icon electron-builder turns into each platform's format
 * (.icns, .ico, the Linux sizes): a blue rounded square (the app's accent colour) holding three
 * layers that narrow from top to bottom, the way a network narrows from its input to its head.
 * Drawn from shapes with 4×4 supersampling, so edges are smooth; running it again gives the same
 * bytes. Run: npx tsx scripts/generate-icon.ts
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const ICON_SIZE = 1024;
const SAMPLES = 4;

type Rgba = readonly [number, number, number, number];
interface Shape {
  /** Whether (x, y), in units of the icon's side (0..1), is inside. */
  inside(x: number, y: number): boolean;
  colour(x: number, y: number): Rgba;
}

function roundedRect(left: number, top: number, width: number, height: number, radius: number) {
  return (x: number, y: number): boolean => {
    if (x < left || x > left + width || y < top || y > top + height) return false;
    const dx = Math.max(left + radius - x, 0, x - (left + width - radius));
    const dy = Math.max(top + radius - y, 0, y - (top + height - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

const mix = (a: Rgba, b: Rgba, t: number): Rgba =>
  [0, 1, 2, 3].map((i) => a[i]! + (b[i]! - a[i]!) * t) as unknown as Rgba;

// Inside a 1024 px canvas macOS expects about 10% of transparent margin around the artwork.
const background: Shape = {
  inside: roundedRect(0.1, 0.1, 0.8, 0.8, 0.18),
  colour: (_x, y) => mix([59, 130, 246, 255], [29, 78, 216, 255], (y - 0.1) / 0.8),
};

const LAYER_HEIGHT = 0.12;
const layers: Shape[] = [
  { width: 0.56, top: 0.27, colour: [255, 255, 255, 255] as Rgba },
  { width: 0.42, top: 0.44, colour: [219, 234, 254, 255] as Rgba },
  { width: 0.26, top: 0.61, colour: [191, 219, 254, 255] as Rgba },
].map(({ width, top, colour }) => ({
  inside: roundedRect(0.5 - width / 2, top, width, LAYER_HEIGHT, 0.035),
  colour: () => colour,
}));

/** Straight (not premultiplied) RGBA of one pixel: the average over SAMPLES² points. */
function pixel(px: number, py: number, shapes: readonly Shape[]): Rgba {
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      const x = (px + (sx + 0.5) / SAMPLES) / ICON_SIZE;
      const y = (py + (sy + 0.5) / SAMPLES) / ICON_SIZE;
      const top = [...shapes].reverse().find((s) => s.inside(x, y));
      if (!top) continue;
      const c = top.colour(x, y);
      const alpha = c[3] / 255;
      r += c[0] * alpha;
      g += c[1] * alpha;
      b += c[2] * alpha;
      a += alpha;
    }
  }
  if (a === 0) return [0, 0, 0, 0];
  return [r / a, g / a, b / a, (a / (SAMPLES * SAMPLES)) * 255];
}

function drawIcon(): Buffer {
  const png = new PNG({ width: ICON_SIZE, height: ICON_SIZE });
  const shapes = [background, ...layers];
  for (let y = 0; y < ICON_SIZE; y += 1) {
    for (let x = 0; x < ICON_SIZE; x += 1) {
      const [r, g, b, a] = pixel(x, y, shapes);
      const at = (y * ICON_SIZE + x) * 4;
      png.data[at] = Math.round(r);
      png.data[at + 1] = Math.round(g);
      png.data[at + 2] = Math.round(b);
      png.data[at + 3] = Math.round(a);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

writeFileSync('resources/icon.png', drawIcon());

/**
 * `layerbench inspect` and `layerbench train` on image folders generated in the OS temp folder
 * (bright vs dark 8×8 grayscale PNGs, plus a corrupt file and a note), through the built CLI.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, lastJsonLine, runCli } from './run-cli';

let root = '';



function grayPng(size: number, level: number, seed: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i++) {
    const v = Math.max(0, Math.min(255, level + ((i * 37 + seed * 11) % 21) - 10));
    png.data.set([v, v, v, 255], i * 4);
  }
  return PNG.sync.write(png);
}

beforeAll(() => {
  buildCli();
  root = mkdtempSync(join(tmpdir(), 'layerbench-images-'));
  const folder = join(root, 'squares');
  for (const [label, level] of [['bright', 210], ['dark', 40]] as const) {
    mkdirSync(join(folder, label), { recursive: true });
    for (let i = 0; i < 20; i++) writeFileSync(join(folder, label, `${i}.png`), grayPng(8, level, i));
  }
  writeFileSync(join(folder, 'dark', 'broken.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(folder, 'notes.txt'), 'not an image');
  // The same images listed by a CSV next to the folder.
  const rows = ['file,label'];
  for (let i = 0; i < 20; i++) rows.push(`squares/bright/${i}.png,bright`, `squares/dark/${i}.png,dark`);
  rows.push('../escape.png,dark');
  writeFileSync(join(root, 'labels.csv'), `${rows.join('\n')}\n`);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('layerbench inspect --json', () => {
  it('describes an image folder: kind, input shape, classes, skipped and ignored files', () => {
    const { code, stdout } = runCli(['inspect', join(root, 'squares'), '--json']);
    expect(code).toBe(0);
    const out = lastJsonLine(stdout);
    expect(out.kind).toBe('images');
    expect(out.inputShape).toEqual([null, 8, 8, 1]);
    expect(out.classes).toEqual([{ label: 'bright', count: 20 }, { label: 'dark', count: 20 }]);
    expect(out.skipped).toEqual([{ relativePath: 'dark/broken.png', reason: expect.stringMatching(/^the PNG image is damaged/) as unknown as string }]);
    expect(out.ignored).toEqual([{ relativePath: 'notes.txt', reason: expect.stringMatching(/\.txt/) as unknown as string }]);
    expect(out.grayscale).toBe(true);
    expect(out.resizeMethod).toBe('bilinear');
  });

  it('describes a CSV of image paths, refusing the path that leaves its folder', () => {
    const out = lastJsonLine(runCli(['inspect', join(root, 'labels.csv'), '--json']).stdout);
    expect(out.kind).toBe('images');
    expect(out.source).toBe('csv');
    expect(out.classes).toEqual([{ label: 'bright', count: 20 }, { label: 'dark', count: 20 }]);
    expect((out.ignored as { relativePath: string }[]).map((f) => f.relativePath)).toEqual(['../escape.png']);
  });

  it('describes a table: rows, columns with kinds, the proposed target and (None, n)', () => {
    const out = lastJsonLine(runCli(['inspect', 'resources/samples/penguins.csv', '--json']).stdout);
    expect(out.kind).toBe('table');
    expect(out.rows).toBe(344);
    expect(out.target).toBe('species');
    expect(out.inputShape).toEqual([null, 10]);
    expect((out.columns as { name: string; kind: string }[]).find((c) => c.name === 'island')?.kind).toBe('category');
    expect(out.skipped).toEqual([]);
  });

  it('skips images that declare more than 40 megapixels with the reason, and loads the rest', () => {
    const folder = join(root, 'bombs');
    for (const [label, level] of [['bright', 210], ['dark', 40]] as const) {
      mkdirSync(join(folder, label), { recursive: true });
      for (let i = 0; i < 3; i++) writeFileSync(join(folder, label, `${i}.png`), grayPng(8, level, i));
    }
    for (const name of ['png-bomb-20000.png', 'png-bomb-100000.png', 'gif-bomb-65535.gif']) copyFileSync(join('test/fixtures/bad', name), join(folder, 'dark', name));
    const { code, stdout } = runCli(['inspect', folder, '--json']);
    expect(code).toBe(0);
    const out = lastJsonLine(stdout);
    expect(out.classes).toEqual([{ label: 'bright', count: 3 }, { label: 'dark', count: 3 }]);
    expect(out.skipped).toEqual([
      { relativePath: 'dark/gif-bomb-65535.gif', reason: '“gif-bomb-65535.gif” is 65,535 × 65,535 pixels (4,295 megapixels); Layerbench reads images up to 40 megapixels. Make it smaller and load the folder again.' },
      { relativePath: 'dark/png-bomb-100000.png', reason: '“png-bomb-100000.png” is 100,000 × 100,000 pixels (10,000 megapixels); Layerbench reads images up to 40 megapixels. Make it smaller and load the folder again.' },
      { relativePath: 'dark/png-bomb-20000.png', reason: '“png-bomb-20000.png” is 20,000 × 20,000 pixels (400 megapixels); Layerbench reads images up to 40 megapixels. Make it smaller and load the folder again.' },
    ]);
  });

  it('says plainly when the path does not exist', () => {
    const { code, stderr } = runCli(['inspect', join(root, 'nope'), '--json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Error: Cannot open “.*nope”: no such file or folder/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('layerbench train FOLDER --json', () => {
  it('trains the CNN template on (None, 8, 8, 1) and evaluates it on held-out images', () => {
    const { code, stdout, stderr } = runCli(['train', join(root, 'squares'), '--size', '8x8', '--epochs', '3', '--seed', '1', '--json']);
    expect(stderr).not.toMatch(/Error/);
    expect(code).toBe(0);
    const out = lastJsonLine(stdout);
    expect(out.kind).toBe('images');
    expect(out.inputShape).toEqual([null, 8, 8, 1]);
    expect(out.classes).toEqual(['bright', 'dark']);
    expect(out.backend).toBe('wasm'); // the default, convolutions included (src/core/train/wasm-kernels.ts)
    expect(out.epochs).toBe(3);
    expect((out.trainRows as number) + (out.testRows as number)).toBe(40);
    expect(out.testRows).toBe(8);
    expect((out.skipped as unknown[]).length).toBe(1);
    expect((out.model as { layers: { type: string }[] }).layers[0]?.type).toBe('conv2d');
    expect(out.confusion).toHaveLength(2);
    expect(typeof (out.metrics as Record<string, number>).accuracy).toBe('number');
    expect(out.imageMemory).toEqual({ mode: 'cached', decodedBytes: 40 * 8 * 8 * 4, budgetBytes: 512 * 1024 * 1024 });
  }, 240_000);

  it('reads the images a batch at a time with --image-cache-mb 0, says so, and gets the same results', () => {
    const args = ['train', join(root, 'squares'), '--size', '8x8', '--epochs', '2', '--seed', '1'];
    const kept = lastJsonLine(runCli([...args, '--json']).stdout);
    const read = lastJsonLine(runCli([...args, '--image-cache-mb', '0', '--json']).stdout);
    expect(read.imageMemory).toEqual({ mode: 'streamed', decodedBytes: 40 * 8 * 8 * 4, budgetBytes: 0 });
    expect(read.confusion).toEqual(kept.confusion);
    expect((read.metrics as Record<string, number>).accuracy).toBe((kept.metrics as Record<string, number>).accuracy);
    const { code, stdout } = runCli([...args, '--image-cache-mb', '0']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/The decoded images would take 1 MB, more than the memory budget of 0 MB: they are read a batch at a time/);
  }, 240_000);

  it('refuses a malformed --size with the usage', () => {
    const { code, stderr } = runCli(['train', join(root, 'squares'), '--size', '8by8']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--size needs the height and width in pixels as HxW/);
  });
});

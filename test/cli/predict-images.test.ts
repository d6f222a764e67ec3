/**
 * `layerbench predict DIR IMAGE-OR-FOLDER` through the built CLI, on a model trained by the CLI on
 * a generated folder (8×8 grayscale PNGs, bright vs dark), with a broken PNG, a text file and a link
 * leaving the folder among the new images.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadImageSource } from '../../src/cli/image-files';
import { imagesKind } from '../../src/core/sources/images/kind';
import { NO_AUGMENT } from '../../src/core/sources/images/types';
import { buildCli, lastJsonLine, runCli } from './run-cli';

let root = '';
let train: Record<string, unknown> = {};

function grayPng(size: number, level: number, seed: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i++) {
    const v = Math.max(0, Math.min(255, level + ((i * 37 + seed * 11) % 41) - 20));
    png.data.set([v, v, v, 255], i * 4);
  }
  return PNG.sync.write(png);
}

interface ImageResult {
  file: string;
  predicted: string | null;
  confidence?: number;
  probabilities?: Record<string, number>;
  note?: string;
}

beforeAll(() => {
  buildCli();
  root = mkdtempSync(join(tmpdir(), 'layerbench-predict-images-'));
  const folder = join(root, 'squares');
  // Levels that overlap a little: the model is not always right (one held-out dark image is called
  // bright with this seed), so agreeing with the evaluation is more than agreeing with the labels.
  for (const [label, level] of [['bright', 170], ['dark', 90]] as const) {
    mkdirSync(join(folder, label), { recursive: true });
    for (let i = 0; i < 20; i++) writeFileSync(join(folder, label, `${i}.png`), grayPng(8, level + ((i * 7) % 50) - 25, i));
  }
  const r = runCli(['train', folder, '--size', '8x8', '--epochs', '12', '--batch-size', '4', '--seed', '1', '--backend', 'cpu', '--out', join(root, 'model'), '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  train = lastJsonLine(r.stdout);
  // New images: a larger bright one, a broken PNG, a note, and a link to an image outside the folder.
  const fresh = join(root, 'new');
  mkdirSync(join(fresh, 'more'), { recursive: true });
  writeFileSync(join(fresh, 'big-bright.png'), grayPng(20, 220, 3));
  writeFileSync(join(fresh, 'more', 'dark.png'), grayPng(8, 30, 4));
  writeFileSync(join(fresh, 'broken.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(join(fresh, 'notes.txt'), 'not an image');
  writeFileSync(join(root, 'outside.png'), grayPng(8, 220, 5));
  symlinkSync(join(root, 'outside.png'), join(fresh, 'link.png'));
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('layerbench predict with an image model', () => {
  it('predicts one image: its class, confidence and top classes in the terminal', () => {
    const { code, stdout, stderr } = runCli(['predict', join(root, 'model'), join(root, 'new', 'big-bright.png')]);
    expect(stderr).not.toMatch(/Error/);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^.*big-bright\.png {2}→ {2}bright {2}\d+(\.\d)?% {2}\(bright \d+(\.\d)?%, dark \d+(\.\d)?%\)$/);
    expect(stderr.trim()).toBe('1 of 1 image predicted.');
  });

  it('predicts a folder with --json: sorted, recursive, an unreadable file noted, a non-image skipped, a link leaving it refused', () => {
    const { code, stdout } = runCli(['predict', join(root, 'model'), join(root, 'new'), '--json']);
    expect(code).toBe(0);
    const out = lastJsonLine(stdout);
    expect(out).toMatchObject({ command: 'predict', model: join(root, 'model'), kind: 'images', task: 'classification', classes: ['bright', 'dark'], predicted: 2, unpredicted: 2 });
    const images = out.images as ImageResult[];
    expect(images.map((i) => i.file)).toEqual(['big-bright.png', 'broken.png', 'link.png', 'more/dark.png'].map((f) => join(root, 'new', f)));
    expect(images[0]).toMatchObject({ predicted: 'bright' });
    expect(images[3]).toMatchObject({ predicted: 'dark' });
    expect(images[0]?.confidence).toBe(images[0]?.probabilities?.bright);
    expect((images[0]?.probabilities?.bright ?? 0) + (images[0]?.probabilities?.dark ?? 0)).toBeCloseTo(1, 6);
    expect(images[1]).toEqual({ file: join(root, 'new', 'broken.png'), predicted: null, note: expect.stringMatching(/^No prediction: the PNG image is damaged/) as unknown as string });
    expect(images[2]).toEqual({ file: join(root, 'new', 'link.png'), predicted: null, note: 'No prediction: the file is a link to a place outside the dataset folder, so it was not read.' });
    expect(out.skipped).toEqual([{ file: join(root, 'new', 'notes.txt'), reason: expect.stringMatching(/\.txt/) as unknown as string }]);
  });

  it('agrees with the evaluation of training on the held-out images', async () => {
    // The held-out images of the same seeded split, as training chose them.
    const source = await loadImageSource(join(root, 'squares'));
    const prepared = await imagesKind.prepare(source, { height: 8, width: 8, channels: 1, augment: NO_AUGMENT }, { testFraction: 0.2, seed: 1 });
    expect(train.inputShape).toEqual([null, 8, 8, 1]);
    expect(prepared.testExamples).toHaveLength(train.testRows as number);
    const { code, stdout } = runCli(['predict', join(root, 'model'), join(root, 'squares'), '--json']);
    expect(code).toBe(0);
    const images = (lastJsonLine(stdout).images as ImageResult[]);
    expect(images).toHaveLength(40);
    const byFile = new Map(images.map((i) => [i.file, i.predicted]));
    const classes = train.classes as string[];
    const confusion = classes.map(() => classes.map(() => 0));
    for (const path of prepared.testExamples) {
      const actual = classes.indexOf(path.slice(0, path.indexOf('/')));
      const predicted = classes.indexOf(byFile.get(join(root, 'squares', path)) ?? '');
      (confusion[actual] as number[])[predicted]! += 1;
    }
    expect(confusion).toEqual(train.confusion);
  });

  it('writes the CSV with --out: file, prediction, confidence, one probability per class, note', () => {
    const csv = join(root, 'predictions.csv');
    const { code, stderr } = runCli(['predict', join(root, 'model'), join(root, 'new'), '--out', csv]);
    expect(code).toBe(0);
    expect(stderr).toContain(`2 of 4 images predicted; 2 without a prediction (the lines say why); 1 file skipped.\nPredictions written to ${csv}.`);
    const rows = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8').trim(), { header: true });
    expect(rows.meta.fields).toEqual(['file', 'predicted_class', 'confidence', 'probability_bright', 'probability_dark', 'note']);
    expect(rows.data).toHaveLength(4);
    expect(rows.data[0]).toMatchObject({ file: join(root, 'new', 'big-bright.png'), predicted_class: 'bright', note: '' });
    expect(Number(rows.data[0]?.confidence)).toBe(Number(rows.data[0]?.probability_bright));
    expect(rows.data[1]).toMatchObject({ predicted_class: '', confidence: '', note: expect.stringMatching(/^No prediction: /) as unknown as string });
  });

  it('speaks Korean when asked', () => {
    const { code, stderr } = runCli(['--lang', 'ko', 'predict', join(root, 'model'), join(root, 'new')]);
    expect(code).toBe(0);
    expect(stderr).toContain('이미지 4개 중 2개를 예측했습니다. 2개는 예측하지 못했습니다');
  });

  it('says plainly which kind the model reads when given the other kind', () => {
    const csv = runCli(['predict', join(root, 'model'), 'resources/samples/penguins.csv']);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toBe('Error: This model reads images, so “resources/samples/penguins.csv” cannot be predicted with it: give an image file or a folder of images.\n');
    const table = runCli(['train', 'resources/samples/penguins.csv', '--target', 'species', '--epochs', '1', '--backend', 'cpu', '--out', join(root, 'penguins')]);
    expect(table.code).toBe(0);
    for (const path of [join(root, 'new'), join(root, 'new', 'big-bright.png')]) {
      const r = runCli(['predict', join(root, 'penguins'), path]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^Error: This model reads a table of values, so “.*” cannot be predicted with it: give a CSV file with the columns it was trained on\.\n$/);
    }
  }, 120_000);

  it('says so when the image or folder does not exist', () => {
    const r = runCli(['predict', join(root, 'model'), join(root, 'nope')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: Cannot open “.*nope”: no such file or folder/);
  });
});

import { detectSequences } from '../../../src/core/sources/sequences/detect';
import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/core/i18n/message';
import { indexImageFolder } from '../../../src/core/sources/images/index-folder';
import { inspectImages } from '../../../src/core/sources/images/inspect';
import type { ImageScan } from '../../../src/core/sources/images/types';
import { clampSide, filesByPath, imagePathColumn, patchImagePlan, withCsv } from '../../../src/ui/app/imageState';
import { parseCsvText } from '../../../src/core/data/csv';
import { INITIAL_STATE, reducer, type AppState } from '../../../src/ui/app/state';
import { analysePlan, modelContextOf } from '../../../src/core/pipeline/analyse';
import { kindPlanOf } from '../../../src/ui/app/loaded';
import { trainingBlocker } from '../../../src/ui/app/rail';

// 10 grayscale 28×28 images, 6 cats and 4 dogs; one cat file is corrupt, and a notes.txt is not an image.
const paths = [...Array.from({ length: 7 }, (_, i) => `cat/c${i}.png`), ...Array.from({ length: 4 }, (_, i) => `dog/d${i}.png`), 'notes.txt'];
const index = indexImageFolder('pets', paths);
const scan: ImageScan = {
  images: index.entries
    .map((e, entry) => ({ e, entry }))
    .filter(({ e }) => e.relativePath !== 'cat/c6.png')
    .map(({ entry }) => ({ entry, width: 28, height: 28, grayscale: true, hasAlpha: false })),
  skipped: [{ relativePath: 'cat/c6.png', reason: msg('sources.images.skip.damaged', { format: 'PNG', detail: 'corrupt' }) }],
};
const inspection = inspectImages(index, scan);
const folder = { name: 'pets', files: paths.map((relativePath) => ({ relativePath, file: new Blob([relativePath]) })) };

const imagesOf = (state: AppState) => (state.loaded?.kind === 'images' ? state.loaded.images : null);

function analyseImages(state: AppState, settings: { testFraction: number; seed: number }) {
  const kindPlan = kindPlanOf(state.loaded);
  if (!kindPlan) throw new Error('no plan');
  return analysePlan(kindPlan, settings);
}

function loadedImages(): AppState {
  const started = reducer(INITIAL_STATE, { type: 'image-load-started', name: 'pets' });
  const progressed = reducer(started, { type: 'image-load-progress', progress: { phase: 'scan', done: 5, total: 11 } });
  expect(progressed.loading?.images?.progress).toEqual({ phase: 'scan', done: 5, total: 11 });
  return reducer(progressed, { type: 'image-load-succeeded', folder, request: { kind: 'folder', name: 'pets' }, index, inspection });
}

describe('image plan choices', () => {
  it('keeps the sides whole and within 8–256 pixels', () => {
    expect(clampSide(3, 28)).toBe(8);
    expect(clampSide(1000, 28)).toBe(256);
    expect(clampSide(31.6, 28)).toBe(32);
    expect(clampSide(Number.NaN, 28)).toBe(28);
  });

  it('patches size, channels and augmentation, and keeps the same object when nothing changes', () => {
    const plan = { height: 28, width: 28, channels: 1 as const, augment: { flip: false, shift: 0 } };
    expect(patchImagePlan(plan, { height: 28 })).toBe(plan);
    expect(patchImagePlan(plan, { width: 40, channels: 3 })).toEqual({ ...plan, width: 40, channels: 3 });
    expect(patchImagePlan(plan, { augment: true }).augment).toEqual({ flip: true, shift: 2 });
    expect(patchImagePlan(patchImagePlan(plan, { augment: true }), { augment: false }).augment).toEqual({ flip: false, shift: 0 });
  });

  it('finds a file by its relative path', () => {
    expect(filesByPath(folder).get('dog/d1.png')?.size).toBe('dog/d1.png'.length);
  });
});

describe('loading an image folder', () => {
  it('replaces the table, proposes the plan from the inspection and resets the designer', () => {
    const state = loadedImages();
    expect(state.loading).toBeNull();
    expect(state.loaded?.kind).toBe('images');
    expect(imagesOf(state)?.plan).toEqual({ height: 28, width: 28, channels: 1, augment: { flip: false, shift: 0 } });
    expect(state.training.runId).toBe(1);
  });

  it('a cancelled dialog ends the loading without touching what is open', () => {
    const state = loadedImages();
    const again = reducer(reducer(state, { type: 'image-load-started', name: 'other' }), { type: 'load-cancelled' });
    expect(again.loading).toBeNull();
    expect(imagesOf(again)).toBe(imagesOf(state));
  });

  it('analyses (None, 28, 28, 1), the softmax head over 2 classes and a stratified held-out split', () => {
    const state = loadedImages();
    const analysis = analyseImages(state, { testFraction: 0.2, seed: 42 });
    expect(analysis.problems).toEqual([]);
    expect(analysis.shape?.text).toBe('(None, 28, 28, 1)');
    expect(analysis.head).toMatchObject({ units: 2, activation: 'softmax' });
    // 10 readable images, 20% held out: 2 (one per class), 8 to train on.
    expect([analysis.trainCount, analysis.testCount]).toEqual([8, 2]);
    expect(analysis.unit).toBe('images');
    expect(modelContextOf(analysis)).toEqual({ inputShape: [28, 28, 1], head: { task: 'classification', outputUnits: 2, target: 'class' } });
  });

  it('a changed size is a choice: the shape follows, and nothing blocks training on the data side', () => {
    const state = reducer(loadedImages(), { type: 'image-plan-changed', patch: { height: 16, width: 20, channels: 3 } });
    const analysis = analyseImages(state, { testFraction: 0.2, seed: 42 });
    expect(analysis.shape?.text).toBe('(None, 16, 20, 3)');
    const blocker = trainingBlocker(state, analysis, null);
    expect(blocker?.code).toBe('app.blocker.modelNotReady');
  });

  it('a table loaded afterwards replaces the images', async () => {
    const { parseCsvText } = await import('../../../src/core/data/csv');
    const dataset = await parseCsvText('x,y\n1,a\n2,b\n3,a\n4,b\n', 't.csv');
    const state = reducer(reducer(loadedImages(), { type: 'load-started', fileName: 't.csv' }), { type: 'load-succeeded', dataset, detection: detectSequences(dataset) });
    expect(imagesOf(state)).toBeNull();
    expect(state.loaded?.kind === 'table' ? state.loaded.dataset : null).toBe(dataset);
  });

  it('a training run on images is about the class, with no feature columns', () => {
    const state = reducer(loadedImages(), { type: 'training-started', runId: 2 });
    expect(state.training.plan).toEqual({ target: 'class', features: [], task: 'classification' });
    const decoding = reducer(state, { type: 'training-message', runId: 2, message: { type: 'prepare-progress', progress: { phase: 'encode', done: 3, total: 10 } } });
    expect(decoding.training.prepareProgress).toEqual({ phase: 'encode', done: 3, total: 10 });
  });
});

describe('a table of image paths', () => {
  it('finds the column whose cells name image files', async () => {
    const csv = await parseCsvText('id,picture,score\n1,a/1.png,0.5\n2,a/2.JPG,0.7\n3,b/3.webp,0.1\n4,,0.2\n', 'scores.csv');
    expect(imagePathColumn(csv)).toBe('picture');
    const plain = await parseCsvText('x,label\n1,a.txt\n2,b\n3,c\n', 'plain.csv');
    expect(imagePathColumn(plain)).toBeNull();
  });

  it('puts the CSV at the root of the chosen folder, replacing a file of the same name', () => {
    const chosen = { name: 'pics', files: [{ relativePath: 'a/1.png', file: new Blob(['1']) }, { relativePath: 's.csv', file: new Blob(['old']) }] };
    const csv = new Blob(['new']);
    const merged = withCsv(chosen, 's.csv', csv);
    expect(merged.files.map((f) => f.relativePath)).toEqual(['a/1.png', 's.csv']);
    expect(merged.files[1]?.file).toBe(csv);
  });
});

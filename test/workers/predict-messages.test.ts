import { describe, expect, it } from 'vitest';
import { datasetFromFormValues } from '../../src/core/experiment/predict';
import type { Preprocessing } from '../../src/core/features/types';
import { MAX_IMAGE_NAME, MAX_PREDICT_IMAGES, predictionTransferables, predictRequestSchema, predictResponseSchema, tooManyImages } from '../../src/workers/predict-messages';

describe('predict worker messages', () => {
  it('accepts a prediction table with typed arrays and refuses plain arrays in their place', () => {
    const probabilities = new Float32Array([0.25, 0.75]);
    const done = { type: 'done', requestId: 3, problems: [], table: { task: 'classification', rows: 1, classes: ['a', 'b'], predicted: ['b'], probabilities, notes: [null] } };
    expect(predictResponseSchema.safeParse(done).success).toBe(true);
    const note = { code: 'predict.noPrediction.one', params: { first: { code: 'predict.reason.notANumber', params: { column: '“x”', value: '“abc”' } } } };
    expect(predictResponseSchema.safeParse({ ...done, table: { ...done.table, notes: [note] } }).success).toBe(true);
    expect(predictResponseSchema.safeParse({ ...done, table: { ...done.table, notes: [{ params: {} }] } }).success).toBe(false);
    expect(predictResponseSchema.safeParse({ ...done, table: { ...done.table, notes: undefined } }).success).toBe(false);
    expect(predictResponseSchema.safeParse({ ...done, table: { ...done.table, probabilities: [0.25, 0.75] } }).success).toBe(false);
    expect(predictResponseSchema.safeParse({ type: 'failed', requestId: 3, error: { code: 'x', message: 'm', msg: { code: 'common.internalError' } } }).success).toBe(true);
    expect(predictResponseSchema.safeParse({ type: 'failed', requestId: 3, error: { code: 'x', message: 'm' } }).success).toBe(false);
  });

  it('accepts the one-row dataset of the form (its number columns carry NaN statistics)', () => {
    const pre: Preprocessing = {
      task: 'classification', target: 'kind', imputation: 'mean', classes: ['a', 'b'],
      slots: [{ kind: 'scaled', column: 'x', mean: 1, std: 2 }, { kind: 'one-hot', column: 'c', category: 'u' }],
    };
    const dataset = datasetFromFormValues(pre, { x: '3', c: 'u' });
    expect(predictRequestSchema.safeParse({ type: 'predict', requestId: 1, experimentId: 'e', dataset, withCsv: false }).success).toBe(true);
    // Text typed into a number field travels as the column's stray cell, for the row's note.
    const typed = datasetFromFormValues(pre, { x: 'abc', c: 'u' });
    expect(predictRequestSchema.safeParse({ type: 'predict', requestId: 2, experimentId: 'e', dataset: typed, withCsv: false }).success).toBe(true);
  });

  it('refuses a request without an experiment id', () => {
    expect(predictRequestSchema.safeParse({ type: 'dispose' }).success).toBe(true);
    expect(predictRequestSchema.safeParse({ type: 'predict', requestId: 1, experimentId: '', dataset: {}, withCsv: false }).success).toBe(false);
  });

  it('takes new images as bytes with their names (clipped), up to the limit, and says when there are too many', () => {
    const image = { name: 'cat.png', bytes: new Uint8Array([1, 2, 3]) };
    const request = { type: 'predict-images', requestId: 4, experimentId: 'e', images: [image], locale: 'ko' };
    const parsed = predictRequestSchema.safeParse(request);
    expect(parsed.success && parsed.data).toEqual(request);
    expect(predictRequestSchema.safeParse({ ...request, withCsv: true }).success).toBe(true);
    const long = predictRequestSchema.parse({ ...request, images: [{ name: `${'a'.repeat(300)}\n.png`, bytes: image.bytes }] });
    expect(long.type === 'predict-images' && Array.from(long.images[0]?.name ?? '')).toHaveLength(MAX_IMAGE_NAME + 1); // + the ellipsis
    expect(predictRequestSchema.safeParse({ ...request, images: [{ name: 'x.png', bytes: [1, 2, 3] }] }).success).toBe(false);
    expect(predictRequestSchema.safeParse({ ...request, images: [{ name: 'x.png' }] }).success).toBe(false);
    const many = { ...request, images: Array.from({ length: MAX_PREDICT_IMAGES + 1 }, () => image) };
    expect(predictRequestSchema.safeParse(many).success).toBe(false);
    expect(tooManyImages(many)).toEqual({ requestId: 4, count: MAX_PREDICT_IMAGES + 1 });
    expect(tooManyImages(request)).toBeNull();
    expect(tooManyImages({ type: 'predict', images: many.images })).toBeNull();
    // The answer is the rows' answer, with the images' names as keys.
    const done = { type: 'done', requestId: 4, problems: [], table: { task: 'classification', rows: 1, keys: ['cat.png'], classes: ['cat', 'dog'], predicted: ['cat'], probabilities: new Float32Array([0.9, 0.1]), notes: [null] }, csv: 'file\n' };
    expect(predictResponseSchema.safeParse(done).success).toBe(true);
  });

  it('transfers each buffer of a table once', () => {
    const values = new Float32Array(4);
    expect(predictionTransferables({ task: 'regression', rows: 4, predicted: [], values, notes: [] })).toEqual([values.buffer]);
    expect(predictionTransferables({ task: 'regression', rows: 0, predicted: [], notes: [] })).toEqual([]);
  });
});

/** What `layerbench predict` prints about rows without a prediction (pure: no build needed). */
import { describe, expect, it } from 'vitest';
import { appErrorInfo } from '../../src/core/errors';
import { PRINTED_ROW_NOTES, predictionJson, predictionLines } from '../../src/cli/predict-output';
import type { PredictionTable } from '../../src/core/experiment/predict';
import type { Preprocessing } from '../../src/core/features/types';
import { msg } from '../../src/core/i18n/message';

const pre: Preprocessing = { task: 'regression', target: 'y', imputation: 'mean', slots: [{ kind: 'scaled', column: 'x', mean: 0, std: 1 }] };

function table(rows: number, refused: (r: number) => boolean): PredictionTable {
  const notes = Array.from({ length: rows }, (_, r) => (refused(r) ? msg('predict.noPrediction.one', { first: `reason ${r + 1}` }) : null));
  const values = Float32Array.from({ length: rows }, (_, r) => (refused(r) ? NaN : r + 0.5));
  return { task: 'regression', rows, predicted: Array.from(values, (v) => (Number.isNaN(v) ? '' : String(v))), values, notes };
}

describe('predict output', () => {
  it('prints each refused row up to a limit, then counts the rest, and a summary line', () => {
    const t = table(30, (r) => r > 0);
    const lines = predictionLines(t, pre, [appErrorInfo({ code: 'predict/not-a-number', message: msg('common.internalError') }), appErrorInfo({ code: 'predict/extra-columns', message: msg('predict.extraColumns', { count: 1, columns: '“z”', file: '“new.csv”' }) })], undefined);
    expect(lines[0]).toBe('Note: The column “z” of “new.csv” is not used by the model and is ignored.');
    expect(lines).toContain('Note: row 2: No prediction: reason 2.');
    expect(lines.filter((l) => /^Note: row \d+:/.test(l))).toHaveLength(PRINTED_ROW_NOTES);
    expect(lines).toContain('Note: 9 more rows without a prediction; the note column says why for each.');
    expect(lines.at(-1)).toBe('1 of 30 rows predicted; 29 rows got no prediction (the note column says why).');
    expect(predictionLines(table(2, () => false), pre, [], undefined)).toEqual([]);
    expect(predictionLines(table(2, (r) => r === 1), pre, [], 'out.csv').at(-1)).toBe('1 prediction written to out.csv; 1 row got no prediction (the note column says why).');
  });

  it('gives every row in --json: the value or null, and the note or null', () => {
    const json = predictionJson(table(2, (r) => r === 1), pre, 'new.csv', [], undefined);
    expect(json).toMatchObject({ rows: 2, predicted: 1, unpredicted: 1 });
    expect(json.predictions).toEqual([{ row: 1, prediction: 0.5, note: null }, { row: 2, prediction: null, note: 'No prediction: reason 2.' }]);
  });
});

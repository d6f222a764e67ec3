import { describe, expect, it } from 'vitest';
import { encodedDataProblem } from '../../../src/core/features/data-check';
import type { EncodedDataset, Preprocessing } from '../../../src/core/features/types';

const pre: Preprocessing = {
  task: 'regression', target: 'y', imputation: 'mean', targetMean: 0, targetStd: 1,
  slots: [{ kind: 'scaled', column: 'a', mean: 0, std: 1 }, { kind: 'scaled', column: 'b', mean: 0, std: 1 }],
};

/** Three training rows and one held-out row of two inputs. */
function encoded(trainX: number[], trainY: number[] = [0, 1, 2], testX: number[] = [0, 0]): EncodedDataset {
  return {
    preprocessing: pre, inputShape: [null, 2], outputUnits: 1,
    trainX: Float32Array.from(trainX), trainY: Float32Array.from(trainY), testX: Float32Array.from(testX), testY: new Float32Array([0]),
    trainTarget: Float32Array.from(trainY), testTarget: new Float32Array([0]), trainRows: 3, testRows: 1, droppedRows: 0,
  };
}

describe('encodedDataProblem', () => {
  it('accepts inputs that vary and are finite', () => {
    expect(encodedDataProblem(encoded([0, 1, 1, 1, 2, 1]))).toBeNull();
  });

  it('names the feature column whose scaled values are not finite (1e308 does not fit a float32)', () => {
    const problem = encodedDataProblem(encoded([0, 1, 1, 1e308, 2, 1]));
    expect(problem?.code).toBe('data/non-finite-feature');
    expect(problem?.message).toMatch(/^The values of the feature column “b” are not all finite numbers after scaling/);
    expect(encodedDataProblem(encoded([0, 1, 1, 1, 2, 1], undefined, [NaN, 0]))?.message).toMatch(/column “a”/);
  });

  it('names the target when its scaled values are not finite', () => {
    const problem = encodedDataProblem(encoded([0, 1, 1, 1, 2, 1], [0, Infinity, 1]));
    expect(problem?.code).toBe('data/non-finite-target');
    expect(problem?.message).toMatch(/^The target column “y” holds values that are not finite/);
  });

  it('says the inputs never change, naming the columns, when every input is constant', () => {
    const problem = encodedDataProblem(encoded([0, 3, 0, 3, 0, 3]));
    expect(problem?.code).toBe('data/constant-features');
    expect(problem?.message).toBe("The network’s inputs are the same in every training row (“a” and “b” never change), so it has nothing to learn from. Choose feature columns whose values differ from row to row.");
  });
});

/** Small synthetic EncodedDatasets with known structure, for training tests. Not a test file itself. */
import type { EncodedDataset } from '../../../src/core/features/types';
import { createRng } from '../../../src/core/random';

function gaussian(rng: () => number): number {
  // Box–Muller
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Three well-separated 2-D blobs: centres (-3, 0), (3, 0), (0, 3), noise 0.5. */
export function blobs(trainRows: number, testRows: number, seed = 1): EncodedDataset {
  const rng = createRng(seed);
  const centres = [[-3, 0], [3, 0], [0, 3]] as const;
  const make = (rows: number) => {
    const x = new Float32Array(rows * 2);
    const y = new Float32Array(rows * 3);
    const target = new Float32Array(rows);
    for (let r = 0; r < rows; r++) {
      const c = r % 3;
      const [cx, cy] = centres[c]!;
      x[r * 2] = (cx + 0.5 * gaussian(rng)) / 3;
      x[r * 2 + 1] = (cy + 0.5 * gaussian(rng)) / 3;
      y[r * 3 + c] = 1;
      target[r] = c;
    }
    return { x, y, target };
  };
  const train = make(trainRows);
  const test = make(testRows);
  return {
    preprocessing: { task: 'classification', target: 'blob', slots: [], imputation: 'mean', classes: ['left', 'right', 'top'] },
    inputShape: [null, 2],
    outputUnits: 3,
    trainX: train.x, trainY: train.y, trainTarget: train.target,
    testX: test.x, testY: test.y, testTarget: test.target,
    trainRows, testRows, droppedRows: 0,
  };
}

/** y = 3·x1 − 2·x2 + 5 + noise(0.1), in original units; trainY standardised with targetMean/targetStd. */
export function linear(trainRows: number, testRows: number, seed = 2, targetStd = 3.6): EncodedDataset {
  const rng = createRng(seed);
  const targetMean = 5;
  const make = (rows: number) => {
    const x = new Float32Array(rows * 2);
    const y = new Float32Array(rows);
    const target = new Float32Array(rows);
    for (let r = 0; r < rows; r++) {
      const x1 = gaussian(rng);
      const x2 = gaussian(rng);
      x[r * 2] = x1;
      x[r * 2 + 1] = x2;
      target[r] = 3 * x1 - 2 * x2 + 5 + 0.1 * gaussian(rng);
      y[r] = (target[r]! - targetMean) / targetStd;
    }
    return { x, y, target };
  };
  const train = make(trainRows);
  const test = make(testRows);
  return {
    preprocessing: { task: 'regression', target: 'y', slots: [], imputation: 'mean', targetMean, targetStd },
    inputShape: [null, 2],
    outputUnits: 1,
    trainX: train.x, trainY: train.y, trainTarget: train.target,
    testX: test.x, testY: test.y, testTarget: test.target,
    trainRows, testRows, droppedRows: 0,
  };
}

/** Labels drawn at random, unrelated to x: the validation loss cannot keep improving. */
export function noise(trainRows: number, seed = 3): EncodedDataset {
  const rng = createRng(seed);
  const base = blobs(trainRows, 3, seed);
  const trainY = new Float32Array(trainRows * 2);
  const trainTarget = new Float32Array(trainRows);
  for (let r = 0; r < trainRows; r++) {
    const c = rng() < 0.5 ? 0 : 1;
    trainY[r * 2 + c] = 1;
    trainTarget[r] = c;
  }
  return {
    ...base,
    preprocessing: { ...base.preprocessing, classes: ['heads', 'tails'] },
    outputUnits: 2,
    trainX: Float32Array.from({ length: trainRows * 2 }, () => rng() * 2 - 1),
    trainY,
    trainTarget,
    testY: new Float32Array(6),
    testTarget: new Float32Array(3),
  };
}

import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/core/model/analyze';
import { buildModel } from '../../../src/core/model/build';
import type { HeadContext, ModelContext } from '../../../src/core/model/designer-types';
import { english, translator } from '../../../src/core/i18n/translate';
import { defaultDraft, templatesFor } from '../../../src/core/model/templates';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const classes3: HeadContext = { task: 'classification', outputUnits: 3, target: 'species' };
const regression: HeadContext = { task: 'regression', outputUnits: 1, target: 'mpg' };

describe('templatesFor', () => {
  it('proposes an MLP for a table, then 1-D convolution and LSTM over the features', () => {
    const templates = templatesFor({ inputShape: [7], head: classes3 });
    expect(templates.map((t) => t.id)).toEqual(['mlp', 'conv1d', 'lstm']);
    // The hidden layers carry a small L2 penalty: without it the network did no better than a
    // linear model on small public tables (docs/quality.md).
    expect(templates[0]?.layers).toEqual([
      { type: 'dense', units: 64, activation: 'relu', kernelRegularizer: { l2: 0.001 } },
      { type: 'dense', units: 32, activation: 'relu', kernelRegularizer: { l2: 0.001 } },
      { type: 'dense', units: 3, activation: 'softmax' },
    ]);
    expect(english(templates[0]!.description)).toMatch(/^Two hidden Dense layers \(64 and 32 units, relu\) with a small L2 penalty on their weights \(0\.001\)/);
    expect(english(templates[1]!.title)).toBe('1-D convolution over the features');
    expect(english(templates[1]!.description)).toBe(
      'Reshapes each row to (7, 1), 7 steps of 1 feature, and slides 16 filters of width 3 along them; worth it only when the order of the columns means something.',
    );
    expect(templates[1]?.layers[0]).toEqual({ type: 'reshape', targetShape: [7, 1] });
    expect(templates[2]?.layers).toEqual([{ type: 'reshape', targetShape: [7, 1] }, { type: 'lstm', units: 32 }, { type: 'dense', units: 3, activation: 'softmax' }]);
  });

  it('proposes Conv1D, LSTM, GRU and Conv1D + LSTM for a sequence', () => {
    const templates = templatesFor({ inputShape: [128, 9], head: regression });
    expect(templates.map((t) => t.id)).toEqual(['conv1d', 'lstm', 'gru', 'conv1d-lstm']);
    expect(templates[0]?.layers[0]).toEqual({ type: 'conv1d', filters: 32, kernelSize: 3, activation: 'relu' });
    expect(templates[1]?.layers).toEqual([{ type: 'lstm', units: 32 }, { type: 'dense', units: 1, activation: 'linear' }]);
  });

  it('proposes the small CNN for an image', () => {
    const [cnn] = templatesFor({ inputShape: [28, 28, 1], head: { task: 'classification', outputUnits: 10 } });
    expect(cnn?.layers).toEqual([
      { type: 'conv2d', filters: 16, kernelSize: 3, activation: 'relu' },
      { type: 'maxPooling2d', poolSize: 2 },
      { type: 'conv2d', filters: 32, kernelSize: 3, activation: 'relu' },
      { type: 'maxPooling2d', poolSize: 2 },
      { type: 'flatten' },
      { type: 'dense', units: 64, activation: 'relu' },
      { type: 'dense', units: 10, activation: 'softmax' },
    ]);
    // 28 → 26 → 13 → 11 → 5: Flatten gives 5 × 5 × 32 = 800.
    expect(analyzeModel({ inputShape: [28, 28, 1], layers: cnn?.layers ?? [] }).layers[4]?.outputShape).toEqual([null, 800]);
  });

  it.each([[[1]], [[2]], [[300]], [[3, 1]], [[1, 5]], [[500, 2]], [[4, 4, 1]], [[8, 8, 3]], [[1, 1, 1]], [[64, 64, 3]], [[2, 2, 2, 2]]])(
    'offers only valid templates for %j, each ending with the head',
    (shape) => {
      for (const head of [classes3, regression]) {
        const templates = templatesFor({ inputShape: shape, head });
        expect(templates.length).toBeGreaterThan(0);
        for (const t of templates) {
          expect(analyzeModel({ inputShape: shape, layers: t.layers }, head).valid, `${t.id} on ${JSON.stringify(shape)}`).toBe(true);
          expect(t.layers[t.layers.length - 1]).toEqual(head.task === 'classification' ? { type: 'dense', units: 3, activation: 'softmax' } : { type: 'dense', units: 1, activation: 'linear' });
        }
      }
    },
  );

  it('falls back to padding same for a small image', () => {
    const [cnn] = templatesFor({ inputShape: [8, 8, 1], head: classes3 });
    expect(cnn?.id).toBe('cnn');
    expect(cnn?.layers[0]).toEqual({ type: 'conv2d', filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' });
  });
});

describe('sequence templates on (64, 6): 64 steps of 6 sensor columns, 4 classes', () => {
  const activity: HeadContext = { task: 'classification', outputUnits: 4, target: 'activity' };
  const plain: ModelContext = { inputShape: [64, 6], head: activity };
  const padded: ModelContext = { ...plain, maskValue: 0 };
  const softmax4 = { type: 'dense', units: 4, activation: 'softmax' };
  const conv1d = [
    { type: 'conv1d', filters: 32, kernelSize: 3, activation: 'relu' },
    { type: 'maxPooling1d', poolSize: 2 },
    { type: 'conv1d', filters: 64, kernelSize: 3, activation: 'relu' },
    { type: 'globalAveragePooling1d' },
    softmax4,
  ];
  const conv1dLstm = [{ type: 'conv1d', filters: 32, kernelSize: 3, activation: 'relu' }, { type: 'maxPooling1d', poolSize: 2 }, { type: 'lstm', units: 32 }, softmax4];

  it('offers the Conv1D stack first, then LSTM, GRU and Conv1D + LSTM, each ending with the head', () => {
    const templates = templatesFor(plain);
    expect(templates.map((t) => [t.id, english(t.title)])).toEqual([
      ['conv1d', '1-D convolution'],
      ['lstm', 'LSTM'],
      ['gru', 'GRU'],
      ['conv1d-lstm', 'Convolution, then LSTM'],
    ]);
    expect(templates.map((t) => t.layers)).toEqual([conv1d, [{ type: 'lstm', units: 32 }, softmax4], [{ type: 'gru', units: 32 }, softmax4], conv1dLstm]);
  });

  it('starts the recurrent templates with Masking when the data pads shorter recordings, not the convolution ones', () => {
    const templates = templatesFor(padded);
    expect(templates.map((t) => t.layers)).toEqual([
      conv1d,
      [{ type: 'masking', maskValue: 0 }, { type: 'lstm', units: 32 }, softmax4],
      [{ type: 'masking', maskValue: 0 }, { type: 'gru', units: 32 }, softmax4],
      conv1dLstm,
    ]);
    expect(templatesFor({ ...plain, maskValue: -1 })[1]?.layers[0]).toEqual({ type: 'masking', maskValue: -1 });
  });

  it('describes each template with the steps and features of the data, and what becomes of the padded steps', () => {
    const [conv, lstm, gru, convLstm] = templatesFor(plain).map((t) => english(t.description));
    expect(conv).toBe('Slides 32 and then 64 filters of width 3 along the 64 steps (each filter spans all 6 features), pools, and averages over the steps: fast, and good at local patterns.');
    expect(lstm).toBe('Reads the 64 steps one after another with an LSTM of 32 units, taking all 6 features of each step, and answers from its last state: good when order over a long span matters.');
    expect(gru).toBe('Reads the 64 steps one after another with a GRU of 32 units, taking all 6 features of each step, and answers from its last state: like the LSTM with fewer gates, so fewer parameters and faster training.');
    expect(convLstm).toBe(
      'Slides 32 filters of width 3 along the 64 steps to find short patterns across all 6 features, halves the number of steps by pooling, then reads the patterns in order with an LSTM of 32 units: local patterns, then how they follow each other.',
    );
    const [pConv, pLstm, , pConvLstm] = templatesFor(padded).map((t) => english(t.description));
    const averaged = ' The padded steps after shorter recordings are zeros, which a convolution cannot skip: they count as average values (0 is each feature’s average once scaled).';
    expect(pConv).toBe(conv + averaged);
    expect(pConvLstm).toBe(convLstm + averaged);
    expect(pLstm).toBe(
      'Masking first marks the padding after shorter recordings (steps whose 6 values are all 0); then an LSTM of 32 units reads the 64 steps one after another, ' +
        'taking all 6 features of each step and skipping the padded ones, and answers from its state after the last real step: good when order over a long span matters.',
    );
  });

  it('says the same in Korean, with counts and no English left', () => {
    const ko = translator('ko');
    const [conv, lstm] = templatesFor(padded).map((t) => ko(t.description));
    expect(conv).toContain('스텝 64개');
    expect(conv).toContain('특성 6개 전체');
    expect(conv).toContain('평균값으로 셉니다');
    expect(lstm).toContain('값 6개가 모두 0인 스텝');
    expect(lstm).toContain('유닛 32개짜리 LSTM');
    expect(ko(templatesFor({ ...plain, inputShape: [64, 1], maskValue: -1 })[1]!.description)).toContain('값이 −1인 스텝');
    expect(english(templatesFor({ ...plain, inputShape: [64, 1], maskValue: -1 })[1]!.description)).toContain('steps whose value is −1');
  });

  it('counts the parameters of each template as Keras does', () => {
    // conv1d:      Conv1D(32, 3) on 6 features (3·6 + 1)·32 = 608; 64 − 3 + 1 = 62 steps, pooled to 31;
    //              Conv1D(64, 3) on 32 features (3·32 + 1)·64 = 6,208; 29 steps averaged; Dense(4) 64·4 + 4 = 260; total 7,076.
    // lstm:        LSTM(32) on 6 features 4·(32·(6 + 32) + 32) = 4,992; Dense(4) 32·4 + 4 = 132; total 5,124 (Masking adds 0).
    // gru:         GRU(32, reset_after=False) 3·(32·(6 + 32) + 32) = 3,744; Dense 132; total 3,876.
    // conv1d-lstm: Conv1D 608; 62 steps pooled to 31; LSTM(32) on 32 features 4·(32·(32 + 32) + 32) = 8,320; Dense 132; total 9,060.
    const expected = {
      conv1d: [[608, 0, 6208, 0, 260], 7076],
      lstm: [[4992, 132], 5124],
      gru: [[3744, 132], 3876],
      'conv1d-lstm': [[608, 0, 8320, 132], 9060],
    } as const;
    for (const context of [plain, padded]) {
      for (const t of templatesFor(context)) {
        const report = analyzeModel({ inputShape: context.inputShape, layers: t.layers }, context.head);
        const [params, total] = expected[t.id as keyof typeof expected];
        expect(report.layers.filter((l) => l.type !== 'masking').map((l) => l.params), t.id).toEqual(params);
        expect(report.totalParams, t.id).toBe(total);
      }
    }
  });

  it.each([
    ['without padding', [64, 6], undefined],
    ['with padding', [64, 6], 0],
  ] as const)('each template %s on %j is valid, builds and predicts in tfjs', (_what, shape, maskValue) => {
    const context: ModelContext = { inputShape: shape, head: activity, ...(maskValue === undefined ? {} : { maskValue }) };
    const templates = templatesFor(context);
    expect(templates.map((t) => t.id)).toEqual(['conv1d', 'lstm', 'gru', 'conv1d-lstm']);
    for (const t of templates) {
      const spec = { inputShape: shape, layers: t.layers };
      const report = analyzeModel(spec, activity);
      expect(report.valid, t.id).toBe(true);
      expect(report.layers.flatMap((l) => l.advice), t.id).toEqual([]);
      const model = buildModel(spec, { seed: 1 });
      const x = tf.zeros([2, ...shape]);
      const y = tf.tidy(() => model.predict(x) as tf.Tensor);
      expect(y.shape, t.id).toEqual([2, 4]);
      expect(() => tf.dispose(model.computeMask(x)), t.id).not.toThrow();
      tf.dispose([x, y]);
      model.dispose();
    }
  });

  it.each([[[64, 1]], [[3, 6]], [[1, 4]], [[2, 1]]])('offers all four templates, valid, on a padded %j', (shape) => {
    const templates = templatesFor({ inputShape: shape, head: activity, maskValue: 0 });
    expect(templates.map((t) => t.id)).toEqual(['conv1d', 'lstm', 'gru', 'conv1d-lstm']);
    for (const t of templates) expect(analyzeModel({ inputShape: shape, layers: t.layers }, activity).layers.flatMap((l) => l.advice), t.id).toEqual([]);
    expect(templates[3]?.layers[0]).toMatchObject((shape[0] ?? 0) >= 4 ? { type: 'conv1d' } : { type: 'conv1d', padding: 'same' });
  });
});

describe('defaultDraft', () => {
  it('is the first template', () => {
    expect(defaultDraft({ inputShape: [4], head: regression })).toEqual({ layers: templatesFor({ inputShape: [4], head: regression })[0]?.layers });
    expect(defaultDraft({ inputShape: [28, 28, 1], head: classes3 }).layers[0]?.type).toBe('conv2d');
    // A padded sequence starts from the Conv1D stack too: convolutions need no Masking.
    expect(defaultDraft({ inputShape: [64, 6], head: classes3, maskValue: 0 }).layers.map((l) => l.type)).toEqual([
      'conv1d', 'maxPooling1d', 'conv1d', 'globalAveragePooling1d', 'dense',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { kerasCode, kerasLayer, pyValue } from '../../../src/core/model/keras';

describe('kerasCode', () => {
  it('writes a sequence classifier as runnable Keras 3 code, GRU with reset_after=False', () => {
    const code = kerasCode(
      {
        inputShape: [128, 9],
        layers: [
          { type: 'conv1d', filters: 100, kernelSize: 10, activation: 'relu' },
          { type: 'maxPooling1d', poolSize: 3 },
          { type: 'gru', units: 16, returnSequences: true },
          { type: 'lstm', units: 8 },
          { type: 'dropout', rate: 0.5 },
          { type: 'dense', units: 6, activation: 'softmax' },
        ],
      },
      { task: 'classification', outputUnits: 6, learningRate: 0.01, optimizer: 'rmsprop' },
    );
    expect(code).toBe(`import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(128, 9)),
    layers.Conv1D(100, 10, activation="relu"),
    layers.MaxPooling1D(3),
    layers.GRU(16, return_sequences=True, reset_after=False),
    layers.LSTM(8),
    layers.Dropout(0.5),
    layers.Dense(6, activation="softmax"),
])

model.compile(
    optimizer=keras.optimizers.RMSprop(learning_rate=0.01),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)
model.summary()
`);
  });

  it('writes a regression model with snake_case arguments, tuples and Python literals, Adam by default', () => {
    const code = kerasCode(
      {
        inputShape: [7],
        layers: [
          { type: 'reshape', targetShape: [7, 1] },
          { type: 'conv1d', filters: 16, kernelSize: [3], strides: 2, padding: 'same', useBias: false },
          { type: 'flatten' },
          { type: 'batchNormalization', momentum: 0.9 },
          { type: 'activation', activation: 'relu' },
          { type: 'dense', units: 1, activation: 'linear' },
        ],
      },
      { task: 'regression', outputUnits: 1 },
    );
    expect(code).toBe(`import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(7,)),
    layers.Reshape((7, 1)),
    layers.Conv1D(16, 3, strides=2, padding="same", use_bias=False),
    layers.Flatten(),
    layers.BatchNormalization(momentum=0.9),
    layers.Activation("relu"),
    layers.Dense(1, activation="linear"),
])

model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.001),
    loss="mean_squared_error",
    metrics=["mae"],
)
model.summary()
`);
  });

  it('without a head, builds and summarises only', () => {
    expect(kerasCode({ inputShape: [28, 28, 1], layers: [{ type: 'conv2d', filters: 32, kernelSize: [3, 5], strides: [2, 1] }, { type: 'averagePooling2d', poolSize: 2, strides: null }, { type: 'globalAveragePooling2d' }] }))
      .toBe(`import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(32, (3, 5), strides=(2, 1)),
    layers.AveragePooling2D(2),
    layers.GlobalAveragePooling2D(),
])
model.summary()
`);
  });
});

describe('Masking in Keras code', () => {
  it('writes the padded-sequence LSTM template as runnable Keras 3 code, mask_value as a float', () => {
    const code = kerasCode(
      { inputShape: [64, 6], layers: [{ type: 'masking', maskValue: 0 }, { type: 'lstm', units: 32 }, { type: 'dense', units: 4, activation: 'softmax' }] },
      { task: 'classification', outputUnits: 4 },
    );
    expect(code).toBe(`import keras
from keras import layers

model = keras.Sequential([
    keras.Input(shape=(64, 6)),
    layers.Masking(mask_value=0.0),
    layers.LSTM(32),
    layers.Dense(4, activation="softmax"),
])

model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.001),
    loss="categorical_crossentropy",
    metrics=["accuracy"],
)
model.summary()
`);
  });

  it('keeps other mask values and float arguments as Python floats, and leaves out an absent one', () => {
    expect(kerasLayer({ type: 'masking', maskValue: -1 })).toBe('layers.Masking(mask_value=-1.0)');
    expect(kerasLayer({ type: 'masking', maskValue: 0.5 })).toBe('layers.Masking(mask_value=0.5)');
    expect(kerasLayer({ type: 'masking' })).toBe('layers.Masking()');
    expect(kerasLayer({ type: 'dropout', rate: 0 })).toBe('layers.Dropout(0.0)');
    expect(kerasLayer({ type: 'batchNormalization', momentum: 1 })).toBe('layers.BatchNormalization(momentum=1.0)');
  });
});

describe('kerasLayer and pyValue', () => {
  it('names the arguments after a missing positional one', () => {
    expect(kerasLayer({ type: 'conv1d', kernelSize: 3 })).toBe('layers.Conv1D(kernel_size=3)');
    expect(kerasLayer({ type: 'simpleRNN', units: 4, returnSequences: false })).toBe('layers.SimpleRNN(4, return_sequences=False)');
  });

  it('writes Python literals', () => {
    expect([pyValue(true), pyValue(null), pyValue('same'), pyValue([5], true), pyValue([2, 3], true), pyValue(0.001)]).toEqual(['True', 'None', '"same"', '(5,)', '(2, 3)', '0.001']);
  });
});

describe('the loss in Keras code follows the head', () => {
  it('compiles one sigmoid unit on two classes with binary cross-entropy, two softmax units with categorical', () => {
    const spec = (head: Record<string, unknown>) => ({ inputShape: [4], layers: [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', ...head }] });
    const sigmoid = kerasCode(spec({ units: 1, activation: 'sigmoid' }), { task: 'classification', outputUnits: 2 });
    expect(sigmoid).toContain('    layers.Dense(1, activation="sigmoid"),\n');
    expect(sigmoid).toContain('    loss="binary_crossentropy",\n    metrics=["accuracy"],\n');
    const softmax = kerasCode(spec({ units: 2, activation: 'softmax' }), { task: 'classification', outputUnits: 2 });
    expect(softmax).toContain('    loss="categorical_crossentropy",\n');
  });
});

describe('Keras code of the wrappers and the newer arguments', () => {
  it('nests the wrapped layer, with merge_mode and GRU’s reset_after=False inside', () => {
    expect(kerasLayer({ type: 'bidirectional', layer: 'lstm', units: 32, returnSequences: true, dropout: 0.2, recurrentDropout: 0.1 }))
      .toBe('layers.Bidirectional(layers.LSTM(32, return_sequences=True, dropout=0.2, recurrent_dropout=0.1))');
    expect(kerasLayer({ type: 'bidirectional', layer: 'gru', units: 4, mergeMode: 'sum' })).toBe('layers.Bidirectional(layers.GRU(4, reset_after=False), merge_mode="sum")');
    expect(kerasLayer({ type: 'timeDistributed', layer: 'dense', units: 5, activation: 'relu' })).toBe('layers.TimeDistributed(layers.Dense(5, activation="relu"))');
    expect(kerasLayer({ type: 'timeDistributed', units: 2 })).toBe('layers.TimeDistributed(layers.Dense(2))');
  });

  it('writes Conv2DTranspose, initializers by Keras’ names, regularizers with their factors', () => {
    expect(kerasLayer({ type: 'conv2dTranspose', filters: 16, kernelSize: 3, strides: 2, padding: 'same' })).toBe('layers.Conv2DTranspose(16, 3, strides=2, padding="same")');
    expect(kerasLayer({ type: 'dense', units: 8, kernelInitializer: 'heNormal', kernelRegularizer: { l2: 0.01 } }))
      .toBe('layers.Dense(8, kernel_initializer="he_normal", kernel_regularizer=keras.regularizers.L2(0.01))');
    expect(kerasLayer({ type: 'conv1d', filters: 4, kernelSize: 3, kernelInitializer: 'lecunUniform', kernelRegularizer: { l1: 1 } }))
      .toBe('layers.Conv1D(4, 3, kernel_initializer="lecun_uniform", kernel_regularizer=keras.regularizers.L1(1.0))');
    expect(kerasLayer({ type: 'conv2d', filters: 4, kernelSize: 3, kernelRegularizer: { l1: 0.01, l2: 0.001 } }))
      .toBe('layers.Conv2D(4, 3, kernel_regularizer=keras.regularizers.L1L2(l1=0.01, l2=0.001))');
    expect(kerasLayer({ type: 'lstm', units: 4, dropout: 0 })).toBe('layers.LSTM(4, dropout=0.0)');
    expect(kerasLayer({ type: 'dense', units: 71750 })).toBe('layers.Dense(71750)');
  });

  it('always writes pool_size, which Keras 3 requires for average pooling', () => {
    expect(kerasLayer({ type: 'averagePooling1d' })).toBe('layers.AveragePooling1D(2)');
    expect(kerasLayer({ type: 'averagePooling2d', padding: 'same' })).toBe('layers.AveragePooling2D(2, padding="same")');
    expect(kerasLayer({ type: 'maxPooling2d', poolSize: null })).toBe('layers.MaxPooling2D(2)');
    expect(kerasLayer({ type: 'maxPooling1d', poolSize: [3] })).toBe('layers.MaxPooling1D(3)');
  });

  it('writes a fixed batch size into the input', () => {
    expect(kerasCode({ inputShape: [28, 28, 1], batchSize: 32, layers: [{ type: 'flatten' }] })).toContain('    keras.Input(shape=(28, 28, 1), batch_size=32),\n');
    expect(kerasCode({ inputShape: [4], layers: [] })).toContain('    keras.Input(shape=(4,)),\n');
  });
});

/**
 * The words of neural network shapes, explained once: every explanation lists the terms it
 * uses (LayerReport.terms) and the designer links each to its entry here.
 */
export interface GlossaryEntry {
  /** The key used in LayerReport.terms and ParamDef.glossary, e.g. "return_sequences". */
  term: string;
  title: string;
  text: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { term: 'units', title: 'Units', text: 'The number of neurons in a layer, which is the size of the last axis of its output. A hidden layer of 4 neurons is Dense(units=4), and its output is (None, 4).' },
  { term: 'input_shape', title: 'Input shape', text: 'The shape of one example, without the batch: (7) for a row of 7 numbers, (128, 9) for 128 timesteps of 9 features, (28, 28, 1) for a 28×28 grayscale image. Keras writes keras.Input(shape=(128, 9)); the summary adds None in front for the batch. In Python code a shape of one number needs a comma, shape=(7,), or Python reads (7) as the number 7.' },
  { term: 'input_dim', title: 'input_dim', text: 'An older Keras way to give the input shape of a flat row: input_dim=3 means the same as input_shape=(3,).' },
  { term: 'none', title: 'None', text: 'The batch axis, the first number of every shape in the summary. It is left open (None) because the network takes any number of examples at once: a batch of 32 while training or predicting, 1 when predicting a single row. That is why input_shape leaves it out.' },
  { term: 'batch', title: 'Batch', text: 'A group of examples that goes through the network together, while training and while predicting alike. The batch axis is the first axis of every shape, written None because a batch may hold any number of examples. See Batch size.' },
  { term: 'batch_size', title: 'Batch size', text: 'The size of the groups the examples are fed to the network in, for training and prediction alike: with batch size 32, training updates the weights after each group of 32 examples, and predicting also runs 32 at a time (the last group may be smaller). It changes neither the model nor its parameters, and it is not part of input_shape: it is the None at the front of every shape, left open so that any batch size fits.' },
  { term: 'dimension', title: 'Dimension (dim)', text: 'A word Keras uses in two ways. The dimensions of a shape are its axes: (None, 128, 9) is 3-D, with 3 axes (batch, timesteps, features); “expected ndim=3” asks for that. The size of one axis is also called a dimension: input_dim=9 and “a 64-dimensional output” mean a last axis of 9 or 64 values.' },
  { term: 'axis', title: 'Axis', text: 'One position in a shape, counted from 0 at the batch: in (None, 128, 9), axis 0 is the batch (None), axis 1 the 128 timesteps, axis 2 the 9 features. Axis -1 is the last axis, the one Dense, softmax and BatchNormalization act on.' },
  { term: 'depth', title: 'Depth', text: 'Either the number of layers of a network (a deep network has many), or the size of the channel axis of an image or a convolution’s output: (None, 13, 13, 32) has depth 32, one channel per filter of the Conv2D before it.' },
  { term: 'filters', title: 'Filters', text: 'The patterns a convolution layer learns. Each filter gives one number per position, so the number of filters is the size of the output’s last axis: Conv1D(100, 10) on (None, 128, 9) gives (None, 119, 100), not (None, 119, 900), because each filter spans all 9 input features at once.' },
  { term: 'kernel', title: 'Kernel (kernel size)', text: 'The window a filter looks through: kernel_size=10 in Conv1D covers 10 consecutive steps, kernel_size=3 in Conv2D a 3×3 patch. “Kernel” also names a layer’s main weight matrix.' },
  { term: 'stride', title: 'Stride', text: 'How far the window moves between two positions. Stride 1 visits every position; stride 2 every other one, which halves the length: ceil(n / 2) with padding same, floor((n − k) / 2) + 1 with padding valid.' },
  { term: 'padding', title: 'Padding', text: 'What happens at the edges. valid: the window only goes where it fits, so a length n becomes n − k + 1 (floor((n − k) / s) + 1 with stride s). same: zeros are added at the edges so that the length becomes ceil(n / s), unchanged with stride 1. (The steps added after the end of a shorter recording are another kind of padding: see Masking.)' },
  { term: 'channels', title: 'Channels', text: 'The colour axis of an image: 3 for colour (red, green, blue), 1 for grayscale. Keras and Layerbench put it last, (None, height, width, channels) (data_format channels_last); data_format channels_first reads it first, (None, channels, height, width), as PyTorch does. After a Conv2D layer there is one channel per filter.' },
  { term: 'timesteps', title: 'Timesteps (steps)', text: 'The steps of a sequence, in order: the middle axis of (None, timesteps, features). “Steps”, “timesteps” and “time steps” mean the same here. A recurrent layer reads them one after another; Conv1D slides along them. Not to be confused with the steps of training (one step = one batch, one update of the weights).' },
  { term: 'features', title: 'Features', text: 'The values known about each example or each step: the input columns of a table, or the last axis of (None, timesteps, features).' },
  { term: 'params', title: 'Parameters (Param #)', text: 'The numbers the network learns: weights and biases. Dense with u units on n inputs has n × u weights + u biases; Conv1D with f filters of width k on c features has (k × c + 1) × f. The summary’s Param # counts them for each layer.' },
  { term: 'trainable', title: 'Trainable and non-trainable parameters', text: 'Trainable parameters are changed by training. Non-trainable ones are kept with the model but not learned, such as BatchNormalization’s moving mean and moving variance, which are running averages of what training saw.' },
  { term: 'return_sequences', title: 'return_sequences', text: 'Whether a recurrent layer outputs its state after every step, (None, timesteps, units), or only after the last step, (None, units). A recurrent layer followed by another recurrent layer (or Conv1D) must turn it on, because the next one needs a sequence; so must one followed by a Dense that should answer at every step. Off, the next layer gets only the state after the last step: what a Dense that gives one answer per example needs.' },
  { term: 'activation', title: 'Activation', text: 'The function applied to each output value of a layer: relu (negatives become 0) in hidden layers, softmax for class probabilities at the end of a classifier, linear (no change) at the end of a regression model.' },
  { term: 'softmax', title: 'Softmax', text: 'Turns a layer’s outputs into probabilities that are positive and sum to 1: the end of a classifier, one unit per class. With one unit it always outputs 1, so it cannot predict a number.' },
  { term: 'linear', title: 'Linear activation', text: 'No function at all: the output can be any number, negative or positive. The end of a regression model is Dense(1) with a linear activation, trained with mean squared error.' },
  { term: 'bidirectional', title: 'Bidirectional', text: 'Runs a recurrent layer twice over each sequence, once forwards and once backwards, and merges the two outputs: concat puts them side by side (2 × units values), sum, mul and ave combine them value by value (units values). It has twice the parameters of the layer it wraps.' },
  { term: 'time_distributed', title: 'TimeDistributed', text: 'Applies the same layer (here Dense) to every step of a sequence on its own, with the same weights at every step: (None, 50, 8) through TimeDistributed(Dense(3)) gives (None, 50, 3). Dense on a 3-D input does the same in Keras 3.' },
  { term: 'transposed_convolution', title: 'Transposed convolution', text: 'A convolution run backwards: it spreads each input position over a window, so the output grows instead of shrinking. With stride 2 it doubles height and width: (n − 1) × stride + kernel with padding valid, n × stride with padding same. Used to turn a small map back into an image.' },
  { term: 'kernel_initializer', title: 'Kernel initializer', text: 'How a layer’s weights are drawn before training starts: glorot_uniform (Keras’s default) suits most layers, he_normal suits relu. It changes where training starts, never the shapes or the parameter count.' },
  { term: 'kernel_regularizer', title: 'Kernel regularizer', text: 'A penalty on large weights added to the loss, against overfitting: L2 adds factor × the sum of the squared weights, L1 factor × the sum of their absolute values. Typical factors are 0.0001 to 0.01. No parameters are added.' },
  { term: 'recurrent_dropout', title: 'Dropout in recurrent layers', text: 'dropout sets a share of the inputs of each step to 0 while training; recurrent_dropout does the same to the state carried from one step to the next. Neither does anything when predicting, and neither adds parameters.' },
  { term: 'data_format', title: 'data_format', text: 'Where the channels are in an image’s shape: channels_last (Keras’s default) is (None, height, width, channels); channels_first is (None, channels, height, width), the order PyTorch uses. It must match the data: (3, 256, 256) is 3 channels of 256 × 256 only with channels_first.' },
  { term: 'relu', title: 'ReLU', text: 'max(0, x): negative values become 0, positive ones pass unchanged. The usual activation of hidden layers.' },
  { term: 'sigmoid', title: 'Sigmoid', text: 'Squeezes each value between 0 and 1, each unit on its own. For two classes, one sigmoid unit with binary cross-entropy is a choice: it gives the probability of the second class, the first is 1 − p (the same model as Dense(2, softmax)). Not a choice for three or more classes (use softmax) nor for a number (use linear).' },
  { term: 'dropout', title: 'Dropout', text: 'Sets a random share (the rate) of the values to 0 at each training step, so that the network cannot rely on any single value; it does nothing when predicting and has no parameters.' },
  { term: 'pooling', title: 'Pooling', text: 'Summarises each window of positions by its largest value (max pooling) or its average. By default the stride equals the pool size, so windows do not overlap and 2×2 pooling halves height and width. Global average pooling averages over all positions at once.' },
  { term: 'flatten', title: 'Flatten', text: 'Lays the values of each example out in one row: (None, 13, 13, 32) becomes (None, 5408), ready for Dense.' },
  { term: 'reshape', title: 'Reshape', text: 'Rearranges the values of each example into another shape with the same number of values: (None, 9) to (None, 9, 1), 9 timesteps of 1 feature. One size may be -1, worked out from the others.' },
  { term: 'batch_normalization', title: 'Batch normalisation', text: 'Normalises each feature with the mean and variance of the batch, then scales (gamma) and shifts (beta) it; 4 parameters per feature, 2 of them non-trainable (the moving mean and variance used when predicting).' },
  { term: 'last_axis', title: 'Last axis', text: 'The rightmost number of a shape. Dense works on it alone: on (None, 5, 3) it turns the 3 values at each of the 5 positions into units values, giving (None, 5, units). Add Flatten first to combine everything.' },
  { term: 'dense', title: 'Dense layer', text: 'A layer in which every unit takes every value of the last axis, multiplies each by a weight, adds a bias and applies the activation.' },
  { term: 'convolution', title: 'Convolution', text: 'A layer that slides small filters along a sequence (Conv1D) or over an image (Conv2D), with the same weights at every position, so that a pattern is found wherever it is.' },
  { term: 'masking', title: 'Masking (padded steps)', text: 'Recordings shorter than the chosen number of steps are made longer with padding steps after their last real step, every value 0 (each feature’s average once scaled). A Masking layer marks the steps whose values are all equal to its mask value, and the LSTM, GRU or SimpleRNN after it skips them: it carries its state over them, so the padding does not change its answer. Only recurrent layers can skip steps: a convolution or a pooling layer after Masking cannot take the marks, so templates that start with a convolution have no Masking and count the padded steps as average values.' },
  { term: 'recurrent', title: 'Recurrent layer', text: 'A layer that reads a sequence one step after another, carrying a state (its memory) from step to step: SimpleRNN, LSTM, GRU. It needs input of shape (None, timesteps, features).' },
  { term: 'head', title: 'Head', text: 'The last layer, which gives the answer: Dense(number of classes, softmax) for classification, Dense(1, linear) for regression.' },
  { term: 'loss', title: 'Loss', text: 'What training minimises: categorical cross-entropy for classification (with softmax), mean squared error for regression (with one linear unit).' },
];

const BY_TERM = new Map(GLOSSARY.map((e) => [e.term, e]));

/** Other words people use for the same entries, after normalisation. */
const ALIASES: Readonly<Record<string, string>> = {
  unit: 'units', neurons: 'units', neuron: 'units', filter: 'filters', kernel_size: 'kernel', strides: 'stride',
  pool_size: 'pooling', max_pooling: 'pooling', average_pooling: 'pooling', global_average_pooling: 'pooling',
  param: 'params', parameters: 'params', 'param_#': 'params', non_trainable: 'trainable', timestep: 'timesteps', steps: 'timesteps',
  feature: 'features', channel: 'channels', batches: 'batch', batch_normalisation: 'batch_normalization', batchnorm: 'batch_normalization',
  input: 'input_shape', shape: 'input_shape', rate: 'dropout', rnn: 'recurrent', lstm: 'recurrent', gru: 'recurrent', simple_rnn: 'recurrent',
  conv1d: 'convolution', conv2d: 'convolution', output_layer: 'head', mask: 'masking', mask_value: 'masking', masked: 'masking',
  dim: 'dimension', dims: 'dimension', dimensions: 'dimension', ndim: 'dimension', axes: 'axis', time_steps: 'timesteps', time_step: 'timesteps', step: 'timesteps',
  batchsize: 'batch_size', bi_directional: 'bidirectional', timedistributed: 'time_distributed', conv2d_transpose: 'transposed_convolution', conv2_dtranspose: 'transposed_convolution', conv_transpose: 'transposed_convolution', deconvolution: 'transposed_convolution',
  initializer: 'kernel_initializer', regularizer: 'kernel_regularizer', l1: 'kernel_regularizer', l2: 'kernel_regularizer', merge_mode: 'bidirectional', channels_first: 'data_format', channels_last: 'data_format',
};

/** "kernelSize", "kernel size", "Kernel-Size" → "kernel_size". */
function normalise(term: string): string {
  return term
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function glossaryEntry(term: string): GlossaryEntry | undefined {
  const key = normalise(term);
  return BY_TERM.get(key) ?? BY_TERM.get(ALIASES[key] ?? '');
}

/** English messages of the "model" namespace (ICU MessageFormat). The Korean file has the same keys. */

/** "activation relu: negative values become 0": the activation clause of every layer that has one ({activation}, {width}). */
const ACT =
  '<term-activation>activation</term-activation> {activation, select, ' +
  'linear {<term-linear>linear</term-linear>: the values pass unchanged, any number} ' +
  'relu {<term-relu>relu</term-relu>: negative values become 0} ' +
  'sigmoid {<term-sigmoid>sigmoid</term-sigmoid>: each value is squeezed between 0 and 1} ' +
  'tanh {tanh: each value is squeezed between −1 and 1} ' +
  'softmax {<term-softmax>softmax</term-softmax>: {actWidth, plural, =1 {the softmax of one value is always 1, whatever the input} other {the # values become probabilities that sum to 1}}} ' +
  'other {{activation}: applied to each value}}';

/** One recurrent direction's parameters, {kind} lstm, gru or other. */
const GATES_FORMULA =
  '{kind, select, lstm {4 × ({units, number} × ({features, number} + {units, number}) + {units, number})} ' +
  'gru {3 × ({units, number} × ({features, number} + {units, number}) + {units, number})} ' +
  'other {({units, number} × ({features, number} + {units, number}) + {units, number})}}';
const GATES_FORMULA_BARE = GATES_FORMULA.replace('other {({units, number} × ({features, number} + {units, number}) + {units, number})}', 'other {{units, number} × ({features, number} + {units, number}) + {units, number}}');
const GATES_WORDS = '{kind, select, lstm {4 gates (input, forget, cell, output)} gru {3 gates (update, reset, candidate)} other {one state update}}';
const PER_GATE = '{features, number} × {units, number} input weights, {units, number} × {units, number} recurrent weights and {units, plural, one {# bias} other {# biases}}';
const WINDOW = '{pool, select, yes {pool size} other {kernel size}}';
const TARGET_START = '{named, select, yes {{target}} other {The target}}';
const TARGET = '{named, select, yes {{target}} other {the target}}';
const REGRESSION_TARGET = '{named, select, yes {a regression target like {target}} other {a regression target}}';
const WHY_ACTIVATION =
  '{activation, select, linear {linear units give unbounded numbers, not class probabilities; categorical cross-entropy needs softmax, which turns the {classes, number} outputs into probabilities that sum to 1} ' +
  'sigmoid {sigmoid scores each unit on its own, but categorical cross-entropy needs probabilities over the {classes, number} classes that sum to 1: use softmax} ' +
  'other {<code>{activation}</code> does not give class probabilities; softmax turns the {classes, number} outputs into probabilities that sum to 1}}';
const WHY_UNITS = 'has {classes, number} classes, so the last layer needs {classes, number} units (one per class), not {units, number}';

export default {
  // Explanation lines: how each layer's output shape and parameter count follow.
  'explain.dense.row': `Dense({units, number}, {activation}) on {input}: {units, plural, =1 {the one <term-units>unit</term-units>} other {each of the # <term-units>units</term-units>}} takes {inputs, plural, =1 {the one input} other {all # inputs}} of a row, so the output is {output}; ${ACT}.`,
  'explain.dense.sequence': `Dense({units, number}, {activation}) on {input} gives {output}: Dense acts on the <term-last_axis>last axis</term-last_axis> only, turning {features, plural, =1 {the one feature} other {the # features}} at {steps, plural, =1 {the one step} other {each of the # steps}} into {units, plural, one {# value} other {# values}}, one per <term-units>unit</term-units>, with the same weights at every step; ${ACT}.`,
  'explain.dense.grid': `Dense({units, number}, {activation}) on {input} gives {output}: Dense acts on the <term-last_axis>last axis</term-last_axis> only, turning {values, plural, =1 {the one value} other {the # values}} at each of the {positions} positions into {units, number}, with the same weights everywhere; ${ACT}.`,
  'explain.dense.params': '<term-params>Parameters</term-params>: {inputs, number} × {units, number} weights{bias, select, yes { + {units, number} {units, plural, one {bias} other {biases}}} other {}} = {params, number}{bias, select, yes {} other {, no bias}}{axis, select, step {: counted on {inputs, plural, =1 {the one feature} other {the # features}} of the last axis, not per step} position {: counted on {inputs, plural, =1 {the one value} other {the # values}} of the last axis, not per position} other {}}.',
  'explain.paramsListed': '<term-params>Parameters</term-params>: {weights} = {params, number}.',
  'explain.noParams': 'No parameters.',
  'explain.noParams.laidOut': 'No parameters: the values are only laid out differently.',
  'explain.noParams.rearranged': 'No parameters: the values are only rearranged.',
  'explain.recurrent.shape': `{layer}, {units, plural, one {# <term-units>unit</term-units>} other {# <term-units>units</term-units>}} on {input}: it reads {steps, plural, =1 {the one <term-timesteps>timestep</term-timesteps>} other {the # <term-timesteps>timesteps</term-timesteps> one after another}}, {features, plural, one {# <term-features>feature</term-features>} other {# <term-features>features</term-features>}} at each step, and carries a state of {units, plural, one {# number} other {# numbers}} from step to step (${ACT}); {sequences, select, on {<term-return_sequences>return_sequences</term-return_sequences> is on, so it outputs the state after every step: {output}, one output per step, which a recurrent layer after it needs, and a Dense that should answer at every step (off, it would output only the last state, {alternative})} other {<term-return_sequences>return_sequences</term-return_sequences> is off, so it outputs only the state after the last step: {output} (on, it would output {alternative}, one state per step, which a recurrent layer after it would need)}}.`,
  'explain.recurrent.params': `<term-params>Parameters</term-params>: ${GATES_FORMULA_BARE} = {params, number}: {kind, select, lstm {4 gates (input, forget, cell, output), each with } gru {3 gates (update, reset, candidate), each with } other {}}${PER_GATE}.`,
  'explain.recurrent.gruKeras': 'Keras 3’s GRU adds a second bias per gate by default (<code>reset_after=True</code>: 3 × ({units, number} × ({features, number} + {units, number}) + {units, number} + {units, number}) = {keras, number}); TensorFlow.js supports only <code>reset_after=False</code>, so this model and its Keras code use <code>reset_after=False</code>.',
  'explain.batchNorm.shape': '<term-batch_normalization>BatchNormalization</term-batch_normalization> normalises {axis, select, channel {{count, plural, =1 {the one channel} other {each of the # channels}}} other {{count, plural, =1 {the one <term-features>feature</term-features>} other {each of the # <term-features>features</term-features>}}}} (the last axis) with the mean and variance of the <term-batch>batch</term-batch>, then scales and shifts it; the shape stays {output}.',
  'explain.batchNorm.params': '<term-params>Parameters</term-params>: 4 × {count, number} = {params, number}: a scale (gamma) and a shift (beta) per {axis, select, channel {channel} other {feature}} are trained (2 × {count, number} = {trainable, number}); the moving mean and moving variance (2 × {count, number} = {nonTrainable, number}) are running averages, not trained: the <term-trainable>non-trainable parameters</term-trainable>.',
  'explain.globalPooling.steps': '<term-pooling>{layer}</term-pooling> averages {count, plural, =1 {the one <term-features>feature</term-features>} other {each of the # <term-features>features</term-features>}} over {steps, plural, =1 {the one step} other {all # steps}}, so {input} becomes {output}.',
  'explain.globalPooling.grid': '<term-pooling>{layer}</term-pooling> averages {count, plural, =1 {the one <term-channels>channel</term-channels>} other {each of the # <term-channels>channels</term-channels>}} over all {positions} positions, so {input} becomes {output}.',
  'explain.flatten': '<term-flatten>Flatten</term-flatten> lays the values of each example out in one row: {dims} = {total, number}, so {input} becomes {output}.',
  'explain.reshape': '<term-reshape>Reshape</term-reshape> rearranges {total, plural, =1 {the one value} other {the # values}} of each example{multi, select, yes { ({dims})} other {}} into {target}{solved, select, yes {; the -1 is worked out from the others: {total, number} / {known, number} = {value, number}} other {}}, so the output is {output}.',
  'explain.reshape.batch': 'That -1 is not the batch: in a Keras layer the batch axis is not written (it stays None), so the 1 is a new axis of length 1; <code>{call}</code> gives {shape}.',
  'explain.dropout': '<term-dropout>Dropout</term-dropout> sets a random {percent, number}% of the values to 0 at each training step (and scales the others by 1 / {keep, number}), and does nothing when predicting; the shape stays {output}.',
  'explain.activation': '<term-activation>Activation</term-activation> applies {known, select, yes {{fn}} other {its function}} to every value on its own; the shape stays {output}.',
  'explain.masking': '<term-masking>Masking</term-masking> on {input} marks {per, select, example {each example} other {each <term-timesteps>step</term-timesteps>}} {features, plural, =1 {whose value is {value}} other {whose # <term-features>values</term-features> are all {value}}} as padding and passes the values on unchanged, so {input} stays {output}.',
  'explain.other': '{layer} turns {input} into {output}.',
  'explain.length': '{rule, select, stays {stays {length, number}} ceil {ceil({length, number} / {stride, number}) = {out, number}} valid {{length, number} − {kernel, number} + 1 = {out, number}} other {floor(({length, number} − {kernel, number}) / {stride, number}) + 1 = {out, number}}}',
  'explain.transposedLength': '{rule, select, stays {stays {length, number}} times {{length, number} × {stride, number} = {out, number}} plus {{length, number} + {kernel, number} − 1 = {out, number}} other {({length, number} − 1) × {stride, number} + {kernel, number} = {out, number}}}',
  'explain.conv1d': `Conv1D, {filters, plural, one {# <term-filters>filter</term-filters>} other {# <term-filters>filters</term-filters>}} of <term-kernel>width</term-kernel> {kernel, number} on {input}, <term-padding>padding</term-padding> {padding}{strided, select, yes {, <term-stride>stride</term-stride> {stride}} other {}}: {keep, select, yes {zeros added at both ends keep the length at {steps, plural, one {# <term-timesteps>step</term-timesteps>} other {# <term-timesteps>steps</term-timesteps>}}} other {{length} {steps, plural, one {<term-timesteps>step</term-timesteps>} other {<term-timesteps>steps</term-timesteps>}}}}; {channels, plural, =1 {each filter spans the single input <term-features>feature</term-features>} other {each filter spans all # input <term-features>features</term-features>}}, so the output is {output}; ${ACT}.`,
  'explain.conv2d': `Conv2D, {filters, plural, one {# <term-filters>filter</term-filters>} other {# <term-filters>filters</term-filters>}} of <term-kernel>{kernel}</term-kernel> on {input}, <term-padding>padding</term-padding> {padding}{strided, select, yes {, <term-stride>stride</term-stride> {stride}} other {}}{channelsFirst, select, yes {, <term-data_format>data_format</term-data_format> channels_first (channels, height, width)} other {}}: height {height}, width {width}; {channels, plural, =1 {each filter spans the single input <term-channels>channel</term-channels>} other {each filter spans all # input <term-channels>channels</term-channels>}}, so the output is {output}; ${ACT}.`,
  'explain.conv.params': '<term-params>Parameters</term-params>: {bias, select, yes {({product} + 1) × {filters, number}} other {{product} × {filters, number}}} = {params, number}{bias, select, yes {} other {, no bias}}.',
  'explain.pooling1d': '<term-pooling>{layer}</term-pooling>, pool size {pool, number} with <term-stride>stride</term-stride> {stride}{defaultStride, select, yes { (by default the stride equals the pool size)} other {}} on {input}, <term-padding>padding</term-padding> {padding}: {keep, select, yes {zeros added at both ends keep the length at {steps, plural, one {# step} other {# steps}}} other {{length} {steps, plural, one {step} other {steps}}}}; {channels, plural, =1 {the one <term-features>feature</term-features>} other {each of the # <term-features>features</term-features>}} is pooled on its own, so the output is {output}.',
  'explain.pooling2d': '<term-pooling>{layer}</term-pooling>, {pool} windows with <term-stride>stride</term-stride> {stride}{defaultStride, select, yes { (by default the stride equals the pool size)} other {}} on {input}, <term-padding>padding</term-padding> {padding}{channelsFirst, select, yes {, <code>data_format</code> channels_first (channels, height, width)} other {}}: height {height}, width {width}; {channels, plural, =1 {the one <term-channels>channel</term-channels>} other {each of the # <term-channels>channels</term-channels>}} is pooled on its own, so the output is {output}.{halves, select, max { {pool} max pooling with stride 2 halves height and width (rounding {same, select, yes {up} other {down}}).} average { {pool} average pooling with stride 2 halves height and width (rounding {same, select, yes {up} other {down}}).} other {}}',
  'explain.pooling.params': 'No parameters: it {max, select, yes {keeps the largest value of} other {averages}} each window.',
  'explain.bidirectional.shape': `<term-bidirectional>Bidirectional</term-bidirectional>({layer}), {units, plural, one {# <term-units>unit</term-units>} other {# <term-units>units</term-units>}} on {input}: one <term-recurrent>{layer}</term-recurrent> reads {steps, plural, =1 {the one <term-timesteps>timestep</term-timesteps>} other {the # <term-timesteps>timesteps</term-timesteps>}} forwards and a copy reads them backwards, each giving {sequences, select, on {its state after every step, {units, plural, one {# number} other {# numbers}} per step} other {its last state, {units, plural, one {# number} other {# numbers}}}} (${ACT}); {merge, select, concat {merge mode concat lays the two side by side: 2 × {units, number} = {doubled, number}} sum {merge mode sum adds them value by value, keeping {units, plural, one {# value} other {# values}}} mul {merge mode mul multiplies them value by value, keeping {units, plural, one {# value} other {# values}}} ave {merge mode ave averages them value by value, keeping {units, plural, one {# value} other {# values}}} other {merge mode {merge} combines them, keeping {units, plural, one {# value} other {# values}}}}, so the output is {output}.`,
  'explain.bidirectional.params': `<term-params>Parameters</term-params>: 2 × ${GATES_FORMULA} = {params, number}: the forward and the backward {layer} have their own weights, {each, number} each: ${GATES_WORDS}, each with ${PER_GATE}.`,
  'explain.bidirectional.gru': 'Each GRU uses <code>reset_after=False</code>, the one TensorFlow.js supports; its Keras code says so.',
  'explain.timeDistributed.shape': `<term-time_distributed>TimeDistributed</term-time_distributed>(Dense({units, number})) on {input}: the same Dense layer is applied at {steps, plural, =1 {the one <term-timesteps>step</term-timesteps>} other {each of the # <term-timesteps>steps</term-timesteps>}}, {grid, select, yes {acting on the <term-last_axis>last axis</term-last_axis> of each step’s {stepShape}, {features, plural, =1 {the one value} other {the # values}} into {units, number}} other {turning {features, plural, =1 {the one feature} other {the # features}} of a step into {units, plural, one {# value} other {# values}}}}, so the output is {output}; ${ACT}.`,
  'explain.timeDistributed.params': '<term-params>Parameters</term-params>: {features, number} × {units, number} weights{bias, select, yes { + {units, number} {units, plural, one {bias} other {biases}}} other {}} = {params, number}{bias, select, yes {} other {, no bias}}: one set of weights shared by {steps, plural, =1 {the one step} other {all # steps}}, as Dense({units, number}) on the last axis would have.',
  'explain.convTranspose': `<term-transposed_convolution>Conv2DTranspose</term-transposed_convolution>, {filters, plural, one {# <term-filters>filter</term-filters>} other {# <term-filters>filters</term-filters>}} of <term-kernel>{kernel}</term-kernel> on {input}, <term-padding>padding</term-padding> {padding}{strided, select, yes {, <term-stride>stride</term-stride> {stride}} other {}}: each input pixel spreads over a {kernel} window of the output, {same, select, yes {with padding same each length is multiplied by the stride} other {with padding valid each length is (n − 1) × stride + kernel}}: height {height}, width {width}; each filter spans {channels, plural, =1 {the single input <term-channels>channel</term-channels>} other {all # input <term-channels>channels</term-channels>}}, so the output is {output}; ${ACT}.`,
  'explain.initializer': '<term-kernel_initializer>kernel_initializer</term-kernel_initializer> {name}: only how the weights are drawn before training; the shapes and the count stay the same.',
  'explain.regularizer': '<term-kernel_regularizer>kernel_regularizer</term-kernel_regularizer> {name}: training adds {which, select, l1 {{l1} × the sum of the kernel weights’ absolute values} l2 {{l2} × the sum of the kernel weights’ squares} other {{l1} × the sum of the kernel weights’ absolute values and {l2} × the sum of their squares}} to the loss, so that large weights cost more; no parameters are added.',
  'explain.dropoutArgs': 'While training, {which, select, both {<code>dropout</code> {dropout} sets {dropoutPercent, number}% of the input values of each step to 0, and <term-recurrent_dropout>recurrent_dropout</term-recurrent_dropout> {recurrent} sets {recurrentPercent, number}% of the state carried to the next step to 0} dropout {<term-recurrent_dropout>dropout</term-recurrent_dropout> {dropout} sets {dropoutPercent, number}% of the input values of each step to 0} other {<term-recurrent_dropout>recurrent_dropout</term-recurrent_dropout> {recurrent} sets {recurrentPercent, number}% of the state carried to the next step to 0}}; nothing is dropped when predicting, and no parameters are added.',
  'explain.batchSize': 'The <term-batch_size>batch size</term-batch_size> is fixed at {batch, number}: every shape starts with {batch, number} instead of None, and the model then takes batches of exactly {batch, plural, one {# example} other {# examples}} only, in training and prediction alike (Keras: <code>batch_size={raw}</code>).',
  'explain.mask.refusedAfterSkip': '{readers} {count, plural, one {skips} other {skip}} the marked steps; then {refuser} cannot skip steps, so the marks are lost there (see its advice).',
  'explain.mask.refused': '{refuser} cannot skip steps, so the marks are lost there (see its advice).',
  'explain.mask.noReader': 'No <term-recurrent>recurrent layer</term-recurrent> (LSTM, GRU, SimpleRNN) reads the marks, so nothing skips the marked steps.',
  'explain.mask.read': '{readers} {count, plural, one {skips the marked steps: it reads} other {skip the marked steps: they read}} only the real steps of each example.',
  'mask.marked': '{features, plural, =1 {the steps whose value is {value}} other {the steps whose # values are all {value}}}',
  'mask.why': '{kind, select, convolution {it slides its filters over every step, padded ones included} global {it averages over every step, padded ones included} pooling {it pools every window of steps, padded ones included} flatten {it lays every step out in one row, padded ones included} reshape {it rearranges the values of every step, padded ones included} other {it treats every step alike, padded ones included}}',

  // Words shared by advice and fixes.
  layerRef: 'layer {n, number} ({layer})',
  layerRefStart: 'Layer {n, number} ({layer})',
  more: '{count, number} more',
  'fix.removeLayer': 'Remove layer {n, number}',
  'fix.reshapeTo': 'Reshape to {shape}',
  'fix.reshapeInstead': 'Reshape to {shape} instead',
  'fix.reshapeAndUse': 'Reshape to {shape} and use {layer}',
  'fix.useLayer': 'Use {layer}',
  'fix.addLayer': 'Add {layer}',
  'fix.addFlattenAnd': 'Add Flatten and {layer}',
  'fix.addBefore': 'Add {layer} before layer {n, number}',
  'fix.setReturnSequences': 'Set return_sequences on layer {n, number}',
  'fix.paddingSame': 'Use padding same',
  'fix.setWindow': `Set ${WINDOW} to {size}`,
  'fix.useInputShape': 'Use input shape {shape}',
  'fix.channelsFirst': 'Set data_format channels_first',
  'fix.useRelu': 'Use relu in {count, plural, one {layer {layers}} other {layers {layers}}}',
  'fix.oneLinearUnit': 'Use one linear unit',
  'fix.setUnits': 'Set units to {units, number}',
  'fix.useSoftmax': 'Use softmax',
  'fix.useLastState': 'Use the last state of layer {last, number} ({layer}) instead of layer {n, number}',
  'fix.removeMasking': 'Remove the Masking layer (layer {n, number})',
  'fix.removeArg': 'Remove {key}',
  'fix.setArg': 'Set {key} to {value}',
  'fix.defaultArg': 'Use the default {key}',

  // Advice: why a layer cannot take its input, or what it most likely should be.
  'advice.needsSequence': '{layer} {recurrent, select, yes {reads a sequence one step after another} other {slides along the steps of a sequence}}: it expects 3 axes, {expected}, but it got {got}: {reason, select, returnSequences {{source} passes on only its last state because its <term-return_sequences>return_sequences</term-return_sequences> is off. Set <code>return_sequences</code> on layer {sourceN, number} so that it outputs one state per step.} row {one row of {length, number} values, with no steps. Reshape each row to {shape}: {length, number} <term-timesteps>timesteps</term-timesteps> of 1 feature, read one by one.} image {an image (height, width, channels); read it as {rows, number} rows of {values, number} values with Reshape to {shape}{sibling, select, none {} other {, or use {sibling}}}.} other {{axes, number} axes after None.}}',
  'advice.needsImage': '{layer} slides over the height and width of an image: it expects 4 axes, {expected}, but it got {got}: {reason, select, rowConv {a row of {length, number} values, with neither height nor width. Use Dense for a row of values, or Conv1D along the values after reshaping them to {shape}.} rowPool {a row of {length, number} values, with neither height nor width. Pooling needs neighbouring positions; a row of values has none, so remove it (or reshape the row into steps and pool along them).} sequence {a sequence of {steps, number} steps with {features, number} features, which has no <term-channels>channels</term-channels> axis. Use {sibling} along the steps, or reshape to {shape} to treat it as a one-channel image.} other {{axes, number} axes after None.}}',
  'advice.reshapeSize.split': 'Reshape to {target} must split the {total, number} values of each example of {input} into groups of {known, number}, but {total, number} is not a multiple of {known, number}.',
  'advice.reshapeSize.count': 'Reshape to {target} needs {product} = {known, number} values per example, but the input {input} holds {total, number}.',
  'advice.shapeOfValues': 'a shape of {total, number} values, such as {shape}',
  'advice.window': `{layer}’s ${WINDOW} is {window, number}, but the input {input} has only {length, number} {axis, select, steps {steps} height {pixels of height} width {pixels of width} other {pixels of length}}: with <term-padding>padding</term-padding> valid the window must fit inside the input, and {length, number} − {window, number} + 1 = {positions} positions leave nothing. Use padding same (zeros added at the edges) or a ${WINDOW} of at most {length, number}.`,
  'advice.window.expected': `a ${WINDOW} of at most {sizes}, or padding same`,
  'advice.window.got': `${WINDOW} {window} on {input}`,
  'advice.tooManyWeights': '{layer} on {input} would need a weight of {product} = {total, number} numbers, more than the app can hold for one layer ({max, number}). Use fewer units or filters, or make the input smaller first (pooling, GlobalAveragePooling).',
  'advice.tooManyWeights.expected': 'at most {max, number} numbers in one weight',
  'advice.flattenFlat': '<term-flatten>Flatten</term-flatten> turns each example into one row, but the input {input} is already one row per example: there is nothing to flatten (Keras lets it through unchanged; TensorFlow.js refuses it). Remove it.',
  'advice.flattenFlat.expected': '(None, a, b, …): 2 or more axes after None',
  'advice.cannotTakeInput': '{layer} cannot take the input {input} with its current settings.',
  'advice.analysisFailed': 'The model could not be analysed. Please try again.',
  'advice.badInputShape': 'The <term-input_shape>input shape</term-input_shape> {shape} is not a shape: it must list the size of each axis of one example, without the batch (None), as whole numbers of 1 or more.',
  'advice.badInputShape.expected': 'whole numbers of 1 or more, such as [128, 9]',
  'advice.badBatchSize': 'The <term-batch_size>batch size</term-batch_size> {size} is not a size: a fixed batch size is a whole number of 1 or more, such as 32; leave it out to take batches of any size.',
  'advice.badBatchSize.expected': 'a whole number of 1 or more, such as 32',
  'advice.batchInShape': '{layer} expects {axes, number} axes after None, {expected}, but it got {got} from the <term-input_shape>input shape</term-input_shape> {input}. The first number, {batch, number}, looks like a <term-batch_size>batch size</term-batch_size>: Keras keeps the batch as None, so the input shape lists one example’s axes. Fix: input shape {fixed}.',
  'advice.batchFromReshape': '{layer} expects {axes, number} axes after None, {expected}, but it got {got}. In a Keras layer the batch axis is not written: layer {at, number}, <code>{call}</code>, makes {made}, a new axis of length 1 after the batch’s None. Fix: <code>{fix}</code>.',
  'advice.reshapeBatchSize': 'Reshape to {target} needs {product} = {needed, number} values per example, but the input {input} holds {total, number}. The first number, {batch, number}, looks like a <term-batch_size>batch size</term-batch_size>: Keras keeps the batch as None, so a Reshape lists one example’s axes. Fix: <code>{fix}</code>.',
  'advice.reshapeBatchAxis': 'In a Keras layer the batch axis is not written: <code>{call}</code> makes {output}, a new axis of length 1 after the batch’s None (-1 = {total, number} / {total, number} = 1). Fix: <code>{fix}</code>.',
  'advice.channelsFirst': 'Layerbench reads the last axis, {width, number}, as <term-channels>channels</term-channels> (channels last, Keras’ default), so {layer} sees images of {channels, number}×{height, number} pixels with {width, number} channels; {shape} looks like channels first ({channels, plural, one {# channel} other {# channels}} of {height, number}×{width, number}). If each example is stored that way, set <term-data_format>data_format</term-data_format> to channels_first on the Conv2D and pooling layers{either, select, yes {; if it is {reordered}, use that input shape} other {}}.',
  'advice.channelsFirst.expected': '{shape}, or data_format channels_first',
  'advice.linearStack': 'Dense layers without an <term-activation>activation</term-activation> in between collapse into one linear map: {count, plural, one {layer {layers} (Dense, linear) feeds} other {layers {layers} (Dense, linear) feed}} layer {next, number} (Dense) with nothing non-linear between them, so together they compute no more than one Dense layer could; give the hidden layers an activation such as relu.',
  'advice.linearStack.expected': 'an activation such as relu',
  'advice.linearStack.got': '{count, plural, one {activation linear} other {no activation}}',
  'advice.hugeLayer': '{layer} has {params, number} <term-params>parameters</term-params>: {size} for its weights alone, and about four times that while training (the gradients and the optimizer’s running averages). Keras builds it, but training it here may be slow or run out of memory; fewer units, or a smaller input first (pooling, GlobalAveragePooling), keeps the model light.',
  'advice.hugeLayer.got': '{params, number} parameters',
  'advice.hugeLayer.expected': 'fewer than {max, number}',
  'advice.maskRefused': '{masking} marks {marked} as padding, for a <term-recurrent>recurrent layer</term-recurrent> (LSTM, GRU, SimpleRNN) to skip.{through, select, none {} one { {readers} skips them and passes them on, because its return_sequences is on.} other { {readers} skip them and pass them on, because their return_sequences is on.}} {layer} cannot skip steps: {why}, so the marks are lost here{through, select, none { and the Masking layer does nothing} other {}}.{instead, select, yes { Turn return_sequences off on layer {last, number} and remove layer {n, number}, so that the answer comes from the {rnn}’s state after the last real step; or remove the Masking layer.} other { Remove the Masking layer: the padded steps then count as ordinary steps. Masking works only with a recurrent layer after it and no convolution, pooling, Flatten or Reshape in between.}}',
  'advice.maskRefused.expected': 'a recurrent layer (LSTM, GRU, SimpleRNN), which skips the marked steps',
  'advice.maskUnused': '<term-masking>Masking</term-masking> marks {marked} as padding for a <term-recurrent>recurrent layer</term-recurrent> (LSTM, GRU, SimpleRNN) to skip, but no recurrent layer reads its marks, so it changes nothing. Put a recurrent layer right after it, or remove it.',
  'advice.maskUnused.expected': 'an LSTM, GRU or SimpleRNN after the Masking layer',
  'advice.maskUnused.got': 'no recurrent layer reads the marks',
  'advice.shortExamples': '{count, plural, one {# recording} other {# recordings}} ({names}) {count, plural, one {has} other {have}} only {steps, plural, one {# real step} other {# real steps}}, fewer than this layer’s window of {window, number}: they are padded to the input’s length, and with <term-padding>padding</term-padding> valid every window over them reaches into the padding, so they are read mostly as padding. Use padding same, a window of at most {steps, plural, one {# step} other {# steps}}, or leave such short recordings out of the file.',
  'advice.shortExamples.expected': 'a window of at most {steps, plural, one {# step} other {# steps}}, or padding same',
  'advice.shortExamples.got': 'a window of {window, plural, one {# step} other {# steps}}',

  // Advice on the head: the end of the model against what the data needs.
  'advice.head.notDense': `{task, select, classification {${TARGET_START} has {classes, number} classes, so the model must end with {head}: one probability per class} other {${TARGET_START} is a number, so the model must end with {head}: one unbounded number}}; this model ends with {layer}, giving {output}.`,
  'advice.head.notFlat': `Dense acts on the <term-last_axis>last axis</term-last_axis> only, so on {input} it gives {output}: {units, number} numbers at each of the {positions} positions. ${TARGET_START} needs one answer per example, {expected}: add <term-flatten>Flatten</term-flatten> (or GlobalAveragePooling) before the last Dense to turn each example into one row.`,
  'advice.head.softmaxForRegression': `<term-softmax>Softmax</term-softmax> turns the outputs into probabilities that sum to 1 (one unit of softmax always outputs 1); ${REGRESSION_TARGET} needs one unbounded number: use one linear unit.`,
  'advice.head.sigmoidForRegression': `<term-sigmoid>Sigmoid</term-sigmoid> squeezes the output between 0 and 1; ${REGRESSION_TARGET} can take any value: use one linear unit.`,
  'advice.head.activationForRegression': `<code>{activation}</code> limits the values the last layer can output; ${REGRESSION_TARGET} (standardised, so about half its values are negative) needs any value: use one linear unit.`,
  'advice.head.unitsForRegression': '{named, select, yes {A regression target like {target}} other {A regression target}} is one number per example, so the last layer needs exactly 1 <term-units>unit</term-units>, not {units, number}: use one linear unit.',
  'advice.head.oneSigmoid': `One <term-sigmoid>sigmoid</term-sigmoid> unit gives the probability of one class against another, which fits two classes only; ${TARGET} has {classes, number}, so the last layer needs {classes, number} softmax units, one probability per class.`,
  'advice.head.classificationHead': `${TARGET_START} ${WHY_UNITS}, and ${WHY_ACTIVATION}.`,
  'advice.head.unitsForClasses': `${TARGET_START} ${WHY_UNITS}.`,
  'advice.head.activationForClassification': '{activation, select, linear {Linear units give unbounded numbers, not class probabilities; categorical cross-entropy needs softmax, which turns the {classes, number} outputs into probabilities that sum to 1} sigmoid {Sigmoid scores each unit on its own, but categorical cross-entropy needs probabilities over the {classes, number} classes that sum to 1: use softmax} other {<code>{activation}</code> does not give class probabilities; softmax turns the {classes, number} outputs into probabilities that sum to 1}}.',
  'advice.head.twoHeads': '{head} or Dense(1, sigmoid)',
  'advice.head.oneSoftmax': '<term-softmax>Softmax</term-softmax> turns the outputs into probabilities that sum to 1, so one softmax unit always outputs 1.0, whatever the input: the model cannot learn. For a number (regression) use Dense(1, linear); for two classes Dense(1, sigmoid) or Dense(2, softmax); for more classes one softmax unit per class.',
  'advice.head.oneSoftmax.expected': 'Dense(1, linear), Dense(1, sigmoid) or Dense(classes, softmax)',

  // Checks of a layer's arguments.
  'arg.noArgs': '{layer} takes no arguments, so {key} cannot be set.',
  'arg.unknown': '{layer} has no argument {key}; it takes {keys}.{hint, select, camel { Did you mean “{near}”? Arguments are written as tf.layers takes them (camelCase).} near { Did you mean “{near}”?} other {}}',
  'arg.int': '{label} must be a whole number from {min, number} to {max, number}{meaning, select, units { (the number of neurons)} filters { (the number of patterns the layer looks for)} other {}}, not {value}.',
  'arg.ints': '{label} must be a whole number from {min, number} to {max, number}, such as {example}, not {value}.',
  'arg.pair': '{label} must be a whole number from {min, number} to {max, number}, such as 3 (meaning 3×3), or a pair such as [3, 5] (height × width), not {value}.',
  'arg.targetShape': '{label} must be a list of whole numbers of 1 or more, such as [128, 9]; one of them may be -1, worked out from the others, not {value}.',
  'arg.oneMinusOne': '{label} may hold only one -1 (the number worked out from the others), not {value}.',
  'arg.share': '{label} is the share of values dropped during training: a number from 0 up to, but not including, 1 (0.2 = 20%), not {value}.',
  'arg.epsilon': 'Epsilon must be a small number above 0, such as 0.001, not {value}.',
  'arg.number': '{label} must be a number, such as {example}, not {value}.',
  'arg.range': '{label} must be a number from {min} to {max}, not {value}.',
  'arg.regularizer': '{label} must be {forms}: the factor of each penalty, a number of 0 or more; not {value}.',
  'arg.enum': '{label} must be one of {options}, not {value}.{hint, select, yes { Did you mean “{camel}”? Values are written as tf.layers takes them (camelCase).} other {}}',
  'arg.bool': '{label} must be true or false, not {value}.',
  'arg.unknownType': '{type} is not a layer type of the designer; choose one of: {types}.',
  'arg.required': '{label} needs a value, such as {example}.',

  // The Reshape line of the layer settings, worked on the layer's real input.
  'layerSummary.reshape': 'Rearranges {total, plural, =1 {the one value} other {the # values}} of each example into a new shape with as many values, e.g. {input} → {output}: {use, select, steps {{length, number} <term-timesteps>timesteps</term-timesteps> of 1 feature, for Conv1D or a recurrent layer} channel {one <term-channels>channel</term-channels>, for Conv2D} other {the last two axes merged into {merged, number} <term-features>features</term-features> per step, for a recurrent layer}}.',

  // The model spec file.
  'spec.badJson': '{named, select, yes {{file}} other {The model spec}} is not valid JSON{where, select, yes { near line {line, number}, column {column, number}} other {}}.{end, select, yes { The file ends too early: a bracket or brace is not closed.} other { Look for a missing comma or quote, or a comma after the last item of a list.}}',
  'spec.tooDeep': 'The model file is nested too deeply to be a Layerbench model spec.',
  'spec.invalid': '{named, select, yes {{file} is not a valid model spec} other {The model spec is not valid}}:\n{issues}{more, plural, =0 {} one {\n(and # more)} other {\n(and # more)}}',
  'spec.issues': '- {issue}{last, select, yes {} other {\n{rest}}}',
  'spec.unknownKey': 'The spec has an unknown key {keys}{hint, select, input_shape { (write it “inputShape”)} batch_size { (write it “batchSize”)} other {}}; it takes only “inputShape”, “batchSize” (optional) and “layers”.',
  'spec.batchSize': '“batchSize” must be a whole number of 1 or more, such as 32: the fixed size of every batch; leave it out to take batches of any size.',
  'spec.inputShape': '“inputShape” must be a list of whole numbers of 1 or more: the shape of one example without the batch, such as [7] for a row of 7 values or [128, 9] for 128 timesteps of 9 features.',
  'spec.layerObject': 'Layer {n, number} must be an object such as {example}.',
  'spec.layerType': 'Layer {n, number} needs a “type”, the name of a tf.layers factory: one of {types}.',
  'spec.layerProblem': 'Layer {n, number} ({type}): {problem}',
  'spec.layers': '“layers” must be a list of layers, such as [{example}].',
  'spec.object': 'The spec must be a JSON object with “inputShape” and “layers”, such as {example}.',
  'spec.other': '{text}',
  'build.unknownType': 'Layer {n, number} has a type {type} that TensorFlow.js does not know.',
  'build.cannotBuild': 'Layer {n, number} ({layer}) cannot be built with its current settings.',

  // `layerbench summary`: the terminal's words around the report.
  'cli.isFolder': '{file} is a folder, not a model spec file.',
  'cli.header.layer': 'Layer (type)',
  'cli.header.output': 'Output Shape',
  'cli.header.params': 'Param #',
  'cli.inputShape': 'Input shape: {shape}',
  'cli.task': '{task, select, classification {Task: classification into {classes, plural, one {# class} other {# classes}}} other {Task: regression (one number)}}; the last layer is checked against it, as in the app.',
  'cli.total': 'Total params: {params, number} ({size})',
  'cli.trainable': 'Trainable params: {params, number} ({size})',
  'cli.nonTrainable': 'Non-trainable params: {params, number} ({size})',
  'cli.howEach': 'How each number follows:',
  'cli.note': 'Note: {text}',
  'cli.fix': 'Fix: {text}',
  'cli.expected': 'Expected: {text}',
  'cli.got': 'Got: {text}',
  'cli.keras': 'Keras code (Python, Keras 3), as the app shows it:',
  'cli.invalid': 'Error: the model in {file} {built, select, yes {builds, but cannot be trained as it is} other {cannot be built as it is}}.',
  'cli.noLayers': 'It has no layers: add at least the output layer, e.g. {example}.',
  'cli.layerAdvice': 'Layer {n, number}, {name} ({layer}): {warning, select, yes {Note: } other {}}{text}',
  // Why the proposed head (the last layer) fits the target.
  'head.classification': '{target, select, other {{target}} none {This target}} has {units, plural, one {# class} other {# classes}}{classes, select, other { ({classes})} none {}}, so the last layer has {units, plural, one {# unit} other {# units}}, one per class, with softmax turning them into probabilities that sum to 1, trained with categorical cross-entropy.',
  'head.regression': '{target, select, other {{target}} none {This target}} is a continuous number, so the last layer is one linear unit that can output any value, trained with mean squared error.',
  'head.sigmoid': 'One sigmoid unit gives the probability of the second class ({second}); the first is 1 − p. It is the same model as two softmax units, with one fewer set of weights.',
  'head.withAlternative': '{reason} Dense(1, sigmoid) with binary cross-entropy works too. {alternative}',
  'head.more': '{count, plural, one {# more} other {# more}}',
} as const satisfies Record<string, string>;

/** English messages of the "use" namespace (ICU MessageFormat): the Use step. The Korean file has the same keys. */
export default {
  'step.title': 'Use the model',
  'step.lede': 'Try the model on new examples, predict many at once and download the predictions, or export the model to use it elsewhere.',
  'next': 'Next: use the model',

  // Which run the step shows
  'run.current': 'The model of the current run: {name}',
  'run.saved': 'A saved run opened from Experiments: {name}',
  'run.backToCurrent': 'Back to the current run',
  'openRun': 'Use this model',
  'openRunHint': 'Try it on new examples, predict a whole file, or export it.',

  // When there is nothing to use
  'empty.nothing': 'Nothing is trained yet: train a model, then try it here on new examples.',
  'empty.training': 'Training is running: the model can be used here when the run ends.',
  'empty.failed': 'The last run stopped with a problem, so it left no model to use. Train again.',
  'empty.goToTrain': 'Go to Train',
  'reading': 'Reading the saved run…',
  'readFailed': 'The saved run could not be read.',
  'rail.trainFirst': 'Train a model first',

  'export.title': 'Export',
  'export.lede': 'Take the model elsewhere, or keep the whole experiment as one file that another Layerbench can import.',

  // One prediction's class probabilities
  'result.predictedTag': '(predicted)',

  // Images
  'images.zone': 'Images to try',
  'images.drop': 'Drop images here',
  'images.or': 'or',
  'images.choose': 'Choose images…',
  'images.input': 'Images to predict',
  'images.hint': 'PNG, JPEG, GIF, WebP or BMP, up to {max, number} at a time; each is resized to {height, number} × {width, number} pixels as in training.',
  'images.predicting': 'Predicting {count, plural, one {# image} other {# images}}…',
  'images.failed': 'The images could not be predicted.',
  'images.firstOnly': 'Only the first {max, number} of {count, number} images were predicted; add the rest in another batch.',
  'images.results': 'Predictions for your images',
  'images.summary': '{count, plural, one {# image, newest first} other {# images, newest first}}',
  'images.clear': 'Clear',
  'images.predicted': 'Predicted: {label}',
  'images.confidence': '{confidence, number, ::percent .#} sure',
  'images.value': 'Predicted value',
} as const satisfies Record<string, string>;

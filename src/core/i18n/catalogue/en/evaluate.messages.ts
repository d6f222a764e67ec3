/** English messages of the "evaluate" namespace (ICU MessageFormat). The Korean file has the same keys. */
export default {
  // What one held-out example is: "rows", "images"; counted: "1 image", "3 images".
  'unit': '{unit, select, images {images} recordings {recordings} windows {windows} other {rows}}',
  'unitCapital': '{unit, select, images {Images} recordings {Recordings} windows {Windows} other {Rows}}',
  'unitOne': '{unit, select, images {image} recordings {recording} windows {window} other {row}}',
  'unitCount': '{unit, select, images {{count, plural, one {# image} other {# images}}} recordings {{count, plural, one {# recording} other {# recordings}}} windows {{count, plural, one {# window} other {# windows}}} other {{count, plural, one {# row} other {# rows}}}}',
  'heldOutCount': '{unit, select, images {{count, plural, one {# held-out image} other {# held-out images}}} recordings {{count, plural, one {# held-out recording} other {# held-out recordings}}} windows {{count, plural, one {# held-out window} other {# held-out windows}}} other {{count, plural, one {# held-out row} other {# held-out rows}}}}',

  // The Evaluate step.
  'step.title': 'Evaluate',
  'step.lede': 'How the trained network does on held-out {unit} it never saw during training, next to a trivial baseline and a linear model.',
  'scoredOn': 'Scored on {heldOut}.',
  'scoredOnTarget': 'Scored on {heldOut} of {target}.',
  'stillTraining': 'Training is still running; the evaluation appears here when it ends.',
  'nothingYet': 'Nothing to evaluate yet: train a model first.',
  'goToTrain': 'Go to Train',

  // Verdicts.
  'verdict.classification.beats': 'The network beats the baseline: {net, number, percent} vs {base, number, percent}.',
  'verdict.classification.notBeats': 'The network does not beat the baseline ({net, number, percent} vs {base, number, percent}): it has not learned more than “always {label}”. Try more epochs, other features or a higher learning rate.',
  'verdict.regression.beats': 'The network beats the baseline: its predictions are off by {net, number, ::.######} on average, the baseline’s by {base, number, ::.######} (in the units of “{target}”).',
  'verdict.regression.notBeats': 'The network does not beat the baseline (MAE {net, number, ::.######} vs {base, number, ::.######}, in the units of “{target}”): it has not learned more than predicting the mean. Try more epochs, other features or a higher learning rate.',

  // Metrics.
  'metric.accuracy': 'Accuracy',
  'metric.baselineAlways': 'Baseline (always “{label}”)',
  'metric.class': 'Class',
  'metric.precision': 'Precision',
  'metric.recall': 'Recall',
  'metric.f1': 'F1',
  'metric.support': 'Support',
  'metric.macroF1': 'Macro average F1',
  'metric.mae': 'MAE',
  'metric.rmse': 'RMSE',
  'metric.r2': 'R²',
  'metric.baselineMean': 'Baseline (mean): {value}',

  // The linear baseline: a model with no hidden layer trained on the same rows.
  'linear.label': 'Linear model',
  'linear.metric': 'Linear model: {value}',
  'linear.classification.better': 'The network is {points, number, ::.0} points more accurate than a linear model ({net, number, ::percent .0} vs {linear, number, ::percent .0}).',
  'linear.classification.same': 'A linear model does as well ({linear, number, ::percent .0} vs the network’s {net, number, ::percent .0}, within {margin, number, ::.0} points): the extra layers do not help here.',
  'linear.classification.worse': 'A linear model is {points, number, ::.0} points more accurate ({linear, number, ::percent .0} vs the network’s {net, number, ::percent .0}): try fewer layers or more regularisation.',
  'linear.classification.worseImproving': 'A linear model is {points, number, ::.0} points more accurate ({linear, number, ::percent .0} vs the network’s {net, number, ::percent .0}), but the network was still improving when its training ended: train it for more epochs before changing its layers.',
  'linear.regression.better': 'The network’s R² is {diff, number, ::.00} higher than a linear model’s ({net, number, ::.000} vs {linear, number, ::.000}).',
  'linear.regression.same': 'A linear model does as well (R² {linear, number, ::.000} vs the network’s {net, number, ::.000}, within {margin, number, ::.00}): the extra layers do not help here.',
  'linear.regression.worse': 'A linear model’s R² is {diff, number, ::.00} higher ({linear, number, ::.000} vs the network’s {net, number, ::.000}): try fewer layers or more regularisation.',
  'linear.regression.worseImproving': 'A linear model’s R² is {diff, number, ::.00} higher ({linear, number, ::.000} vs the network’s {net, number, ::.000}), but the network was still improving when its training ended: train it for more epochs before changing its layers.',

  // The confusion matrix and the per-class table.
  'confusion.title': 'Confusion matrix',
  'confusion.corner': 'Actual ↓ / Predicted →',
  'confusion.help': 'Rows are the actual class, columns the predicted one; each cell gives the count and the share of its row.',
  'confusion.clickHint': 'Click a cell to see its {unit}.',
  'confusion.cell': '{count} {share}: actual {actual}, predicted {predicted}. Show the {unit}.',
  'confusion.summary': '{classes, plural, one {# class} other {# classes}}, {heldOut}; {correct, number} on the diagonal, predicted right ({accuracy, number, percent}).',
  'confusion.summaryMistake': 'The most frequent mistake: {actual} predicted as {predicted} ({count, number} times).',
  'confusion.footer': '{heldOut}; shares are of each actual class (row).',
  'confusion.scrollHint': 'Scroll to see all {classes, number} classes →',
  'perClass.title': 'Per class',
  'perClass.table': 'Per-class metrics',
  'perClass.help': 'Precision: of the {unit} predicted as this class, the share that were. Recall: of the {unit} of this class, the share found. F1 combines both. Support: held-out {unit} of this class.',

  // The examples of a cell.
  'cell.region': '{unit, select, images {Images} other {Examples}} in this cell',
  'cell.heading': 'Actual “{actual}”, predicted “{predicted}”: {count}',
  'cell.close': 'Close',
  'cell.correct': 'Held-out {unit} the network classified correctly, most confident first.',
  'cell.wrong': 'Held-out {unit} the network got wrong, most confident first: the top ones are its most confident mistakes.',
  'cell.confidence': 'The percentage is the probability the network gives the predicted class, its confidence in the prediction.',
  'cell.none': 'No held-out {unit} fell in this cell.',
  'cell.alt': '{title}: actual {actual}, predicted {predicted} ({confidence, number, percent})',
  'cell.actual': 'true: {label}',
  'cell.predicted': 'predicted: {label}',
  'cell.more': 'and {count, number} more.',
  'sequence.summary': '{title}: {steps, plural, one {# step} other {# steps}} of {channels}; {label}',
  'sequence.channels': 'Step columns',

  // Regression: the fit and the residuals.
  'regression.help': 'MAE: average distance between prediction and truth, in the units of “{target}”. RMSE: the same with large misses weighing more. R²: share of the variation in “{target}” the network explains (1 = all, 0 = no better than the mean). The baseline predicts {value, number, ::.######} for every {unit, select, images {image} recordings {recording} windows {window} other {row}}: the mean of “{target}” over the training {unit, select, images {images} recordings {recordings} windows {windows} other {rows}}.',
  'regression.fit.title': 'Predicted vs actual',
  'regression.fit.description': 'Each dot is a held-out {unit, select, images {image} recordings {recording} windows {window} other {row}}; on the grey line y = x the prediction is exact.',
  'regression.fit.summary': '{heldOut}, predicted against actual {target}: off by {mae, number, ::.######} on average, R² {r2, number, ::.000}.',
  'regression.residuals.title': 'Residuals',
  'regression.residuals.description': 'Actual minus predicted, against the prediction; dots spread evenly around zero are what a good model gives.',
  'regression.residuals.summary': '{heldOut}: residuals from {min, number, ::.######} to {max, number, ::.######} (in the units of “{target}”), {above, number} above zero and {below, number} below.',
  'regression.axis.actual': 'Actual {target}',
  'regression.axis.predicted': 'Predicted {target}',
  'regression.axis.residual': 'Residual of {target}',

  // Small charts elsewhere: a column's distribution.
  'histogram.label': 'Distribution of {column}: {bins}',
  'histogram.bin': '{label}: {count, number}',
} as const satisfies Record<string, string>;

/**
 * Keras' model.summary() table (ModelSummary) as a view of the model report: the same numbers
 * from tfjs-layers, one row per layer, with the arithmetic behind them on one line.
 */
import { english } from '../i18n/translate';
import type { ModelReport } from './designer-types';
import { shapeText } from './format';
import type { ModelSummary } from './types';

export { shapeText } from './format';

export function summaryFromReport(report: ModelReport): ModelSummary {
  return {
    inputShapeText: shapeText(report.inputShape),
    rows: report.layers.map((layer) => ({
      name: `${layer.name} (${layer.className})`,
      className: layer.className,
      outputShape: layer.outputShape ?? [],
      outputShapeText: layer.outputShape ? shapeText(layer.outputShape) : '?',
      params: layer.params,
      // English: a saved record's summary is read by developers and older versions alike.
      arithmetic: layer.explanation.map((line) => english(line)).join(' '),
    })),
    totalParams: report.totalParams,
    trainableParams: report.trainableParams,
    nonTrainableParams: report.nonTrainableParams,
  };
}

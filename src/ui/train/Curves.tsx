import { memo, useMemo } from 'react';
import type { Task } from '../../core/features/types';
import type { HeadSpec } from '../../core/model/types';
import type { EpochMetrics } from '../../core/train/types';
import { CHART_COLORS } from '../components/Charts';
import { EpochChart } from '../components/EpochChart';
import type { EpochSeries } from '../components/epochChartOptions';
import { lossWords } from '../headText';

interface CurvesProps {
  readonly history: readonly EpochMetrics[];
  readonly task: Task;
  /** The regression target's name, for the unit of the mean absolute error. */
  readonly target: string;
  readonly epochs: number;
  /** Whether validation rows were set aside, so the validation curve will come. */
  readonly withValidation: boolean;
  /** The loss trained with, when known: binary cross-entropy for one sigmoid unit on two classes. */
  readonly loss?: HeadSpec['loss'] | undefined;
}

const EMPTY_TEXT = 'The curves grow here as the epochs end.';

function trainingAndValidation(
  history: readonly EpochMetrics[],
  training: (m: EpochMetrics) => number | undefined,
  validation: (m: EpochMetrics) => number | undefined,
  withValidation: boolean,
): EpochSeries[] {
  const series: EpochSeries[] = [{ label: 'Training', color: CHART_COLORS.training, values: history.map(training) }];
  if (withValidation || history.some((m) => validation(m) !== undefined)) {
    series.push({ label: 'Validation', color: CHART_COLORS.validation, dashed: true, values: history.map(validation) });
  }
  return series;
}

/** Live loss and metric curves, training and validation, one point per epoch. */
/** Memoised: progress ticks re-render the Train step several times a second; the curves change once per epoch. */
export const Curves = memo(function Curves({ history, task, target, epochs, withValidation, loss: lossKind }: CurvesProps) {
  const lossName = task === 'classification' ? lossWords(lossKind ?? 'categoricalCrossentropy') : 'mean squared error on the standardised target';
  const loss = useMemo(
    () => trainingAndValidation(history, (m) => m.loss, (m) => m.valLoss, withValidation),
    [history, withValidation],
  );
  const metric = useMemo(
    () => (task === 'classification'
      ? trainingAndValidation(history, (m) => m.accuracy, (m) => m.valAccuracy, withValidation)
      : trainingAndValidation(history, (m) => m.mae, (m) => m.valMae, withValidation)),
    [history, task, withValidation],
  );
  return (
    <div className="chart-grid">
      <EpochChart
        title="Loss"
        description={`Lower is better (${lossName}). Validation rising while training falls means overfitting.`}
        yLabel="Loss"
        epochs={epochs}
        series={loss}
        emptyText={EMPTY_TEXT}
      />
      {task === 'classification' ? (
        <EpochChart
          title="Accuracy"
          description="Share of rows whose class the network got right."
          yLabel="Accuracy"
          percent
          epochs={epochs}
          series={metric}
          emptyText={EMPTY_TEXT}
        />
      ) : (
        <EpochChart
          title="Mean absolute error"
          description={`Average distance between prediction and truth, in ${target}.`}
          yLabel={`MAE (${target})`}
          epochs={epochs}
          series={metric}
          emptyText={EMPTY_TEXT}
        />
      )}
    </div>
  );
});

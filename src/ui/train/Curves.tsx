import { memo, useMemo } from 'react';
import type { Task } from '../../core/features/types';
import type { HeadSpec } from '../../core/model/types';
import type { EpochMetrics } from '../../core/train/types';
import { CHART_COLORS } from '../components/Charts';
import { EpochChart } from '../components/EpochChart';
import type { EpochSeries } from '../components/epochChartOptions';
import { msg } from '../../core/i18n/message';
import type { ExampleUnit } from '../../core/sources/kind';
import { useT } from '../i18n/I18nProvider';

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
  /** What one example is, for the words. */
  readonly unit?: ExampleUnit;
}

function trainingAndValidation(
  names: { readonly training: string; readonly validation: string },
  history: readonly EpochMetrics[],
  training: (m: EpochMetrics) => number | undefined,
  validation: (m: EpochMetrics) => number | undefined,
  withValidation: boolean,
): EpochSeries[] {
  const series: EpochSeries[] = [{ label: names.training, color: CHART_COLORS.training, values: history.map(training) }];
  if (withValidation || history.some((m) => validation(m) !== undefined)) {
    series.push({ label: names.validation, color: CHART_COLORS.validation, dashed: true, values: history.map(validation) });
  }
  return series;
}

/** Live loss and metric curves, training and validation, one point per epoch. */
/** Memoised: progress ticks re-render the Train step several times a second; the curves change once per epoch. */
export const Curves = memo(function Curves({ history, task, target, epochs, withValidation, loss: lossKind, unit = 'rows' }: CurvesProps) {
  const t = useT();
  const lossName = t('train.curves.lossName', { loss: task === 'classification' ? (lossKind ?? 'categoricalCrossentropy') : 'standardisedMse' });
  const emptyText = t('train.curves.empty');
  const training = t('train.curves.training');
  const validation = t('train.curves.validation');
  const loss = useMemo(
    () => trainingAndValidation({ training, validation }, history, (m) => m.loss, (m) => m.valLoss, withValidation),
    [training, validation, history, withValidation],
  );
  const metric = useMemo(
    () => (task === 'classification'
      ? trainingAndValidation({ training, validation }, history, (m) => m.accuracy, (m) => m.valAccuracy, withValidation)
      : trainingAndValidation({ training, validation }, history, (m) => m.mae, (m) => m.valMae, withValidation)),
    [training, validation, history, task, withValidation],
  );
  return (
    <div className="chart-grid">
      <EpochChart
        title={t('train.curves.loss.title')}
        description={t('train.curves.loss.description', { loss: lossName })}
        yLabel={t('train.curves.loss.axis')}
        epochs={epochs}
        series={loss}
        emptyText={emptyText}
        exportName="loss"
      />
      {task === 'classification' ? (
        <EpochChart
          title={t('train.curves.accuracy.title')}
          description={t('train.curves.accuracy.description', { unit: msg('train.unit', { unit }) })}
          yLabel={t('train.curves.accuracy.axis')}
          percent
          epochs={epochs}
          series={metric}
          emptyText={emptyText}
          exportName="accuracy"
        />
      ) : (
        <EpochChart
          title={t('train.curves.mae.title')}
          description={t('train.curves.mae.description', { target })}
          yLabel={t('train.curves.mae.axis', { target })}
          epochs={epochs}
          series={metric}
          emptyText={emptyText}
          exportName="mean-absolute-error"
        />
      )}
    </div>
  );
});

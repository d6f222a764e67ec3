import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Task } from '../../core/features/types';
import type { EpochMetrics } from '../../core/train/types';
import { epochTicks } from '../components/axis';
import { AXIS_TICK, CHART_COLORS, ChartFigure, axisLabel, tickFormatter, tooltipFormatter } from '../components/Charts';

interface CurvesProps {
  readonly history: readonly EpochMetrics[];
  readonly task: Task;
  /** The regression target's name, for the unit of the mean absolute error. */
  readonly target: string;
  readonly epochs: number;
  /** Whether validation rows were set aside, so the validation curve will come. */
  readonly withValidation: boolean;
}

interface CurveChartProps {
  readonly title: string;
  readonly description: string;
  readonly yLabel: string;
  readonly data: readonly { epoch: number; training?: number; validation?: number }[];
  readonly epochs: number;
  readonly percent?: boolean;
  readonly withValidation: boolean;
}

const CHART_HEIGHT = 210;

function CurveChart({ title, description, yLabel, data, epochs, percent = false, withValidation }: CurveChartProps) {
  const hasValidation = withValidation || data.some((d) => d.validation !== undefined);
  if (data.length === 0) {
    return (
      <ChartFigure title={title} description={description}>
        <div className="chart-placeholder" style={{ height: CHART_HEIGHT }}>
          The first point appears when epoch 1 ends.
        </div>
      </ChartFigure>
    );
  }
  return (
    <ChartFigure title={title} description={description}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 20, left: 16 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={[1, Math.max(2, epochs)]}
            ticks={epochTicks(epochs)}
            allowDecimals={false}
            tick={AXIS_TICK}
            label={axisLabel('Epoch', 'x')}
          />
          <YAxis
            tick={AXIS_TICK}
            width={64}
            domain={percent ? [0, 1] : ['auto', 'auto']}
            tickFormatter={percent ? (v: number) => `${Math.round(v * 100)}%` : tickFormatter}
            label={axisLabel(yLabel, 'y')}
          />
          <Tooltip
            formatter={percent ? (v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(1)}%` : String(v)) : tooltipFormatter}
            labelFormatter={(label: unknown) => `Epoch ${String(label)}`}
          />
          <Legend verticalAlign="top" height={28} />
          <Line
            type="monotone"
            dataKey="training"
            name="Training"
            stroke={CHART_COLORS.training}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {hasValidation ? (
            <Line
              type="monotone"
              dataKey="validation"
              name="Validation"
              stroke={CHART_COLORS.validation}
              strokeWidth={2}
              strokeDasharray="5 3"
              dot={false}
              isAnimationActive={false}
            />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** Live loss and metric curves, training and validation, one point per epoch. */
/** Memoised: progress ticks re-render the Train step several times a second; the curves change once per epoch. */
export const Curves = memo(function Curves({ history, task, target, epochs, withValidation }: CurvesProps) {
  const loss = history.map((m) => ({ epoch: m.epoch, training: m.loss, validation: m.valLoss }));
  const lossName = task === 'classification' ? 'categorical cross-entropy' : 'mean squared error on the standardised target';
  return (
    <div className="chart-grid">
      <CurveChart
        title="Loss"
        description={`Lower is better (${lossName}). Validation rising while training falls means overfitting.`}
        yLabel="Loss"
        data={loss}
        epochs={epochs}
        withValidation={withValidation}
      />
      {task === 'classification' ? (
        <CurveChart
          title="Accuracy"
          description="Share of rows whose class the network got right."
          yLabel="Accuracy"
          percent
          data={history.map((m) => ({ epoch: m.epoch, training: m.accuracy, validation: m.valAccuracy }))}
          epochs={epochs}
          withValidation={withValidation}
        />
      ) : (
        <CurveChart
          title="Mean absolute error"
          description={`Average distance between prediction and truth, in ${target}.`}
          yLabel={`MAE (${target})`}
          data={history.map((m) => ({ epoch: m.epoch, training: m.mae, validation: m.valMae }))}
          epochs={epochs}
          withValidation={withValidation}
        />
      )}
    </div>
  );
});

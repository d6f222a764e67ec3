import type { ReactNode } from 'react';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { RegressionEvaluation } from '../../core/evaluate/types';
import { AXIS_TICK, CHART_COLORS, ChartFigure, axisLabel, tickFormatter, tooltipFormatter } from '../components/Charts';
import { formatNumber, formatScore } from '../format';
import { extent, niceAxis } from '../components/axis';

export function regressionVerdict(e: RegressionEvaluation): string {
  const unit = e.target;
  const net = `${formatNumber(e.mae)} ${unit}`;
  const base = `${formatNumber(e.baseline.mae)} ${unit}`;
  if (e.mae < e.baseline.mae) return `The network beats the baseline: its predictions are off by ${net} on average vs ${base}.`;
  return `The network does not beat the baseline (MAE ${net} vs ${base}): it has not learned more than predicting the mean. Try more epochs, other features or a higher learning rate.`;
}

function Headline({ name, value, baseline }: { readonly name: string; readonly value: string; readonly baseline: string }) {
  return (
    <div className="metric">
      <span className="metric-name">{name}</span>
      <span className="metric-value">{value}</span>
      <span className="metric-baseline">Baseline (mean): {baseline}</span>
    </div>
  );
}

interface Point {
  readonly actual: number;
  readonly predicted: number;
  readonly residual: number;
}

interface AxisSpec {
  readonly key: keyof Point;
  readonly label: string;
  readonly axis: { readonly domain: readonly [number, number]; readonly ticks: readonly number[] };
}

/** One held-out row per dot, with labelled, rounded axes and a reference line. */
function ScatterPlot({ points, x, y, reference }: { readonly points: readonly Point[]; readonly x: AxisSpec; readonly y: AxisSpec; readonly reference: ReactNode }) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ScatterChart margin={{ top: 8, right: 16, bottom: 20, left: 16 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} />
        <XAxis
          type="number"
          dataKey={x.key}
          name={x.label}
          domain={[...x.axis.domain]}
          ticks={[...x.axis.ticks]}
          tick={AXIS_TICK}
          tickFormatter={tickFormatter}
          label={axisLabel(x.label, 'x')}
        />
        <YAxis
          type="number"
          dataKey={y.key}
          name={y.label}
          domain={[...y.axis.domain]}
          ticks={[...y.axis.ticks]}
          tick={AXIS_TICK}
          width={64}
          tickFormatter={tickFormatter}
          label={axisLabel(y.label, 'y')}
        />
        <Tooltip formatter={tooltipFormatter} />
        {reference}
        <Scatter data={[...points]} fill={CHART_COLORS.points} fillOpacity={0.7} isAnimationActive={false} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}

export function RegressionResult({ e }: { readonly e: RegressionEvaluation }) {
  const unit = e.target;
  const points = Array.from(e.actual, (actual, i) => {
    const predicted = e.predicted[i] ?? Number.NaN;
    return { actual, predicted, residual: actual - predicted };
  });
  // Both plots share the value axis, so a point sits at the same prediction in each.
  const [aLo, aHi] = extent(e.actual);
  const [pLo, pHi] = extent(e.predicted);
  const values = niceAxis(Math.min(aLo, pLo), Math.max(aHi, pHi));
  const [lo, hi] = values.domain;
  const [rLo, rHi] = extent(points.map((p) => p.residual));
  const rMax = Math.max(Math.abs(rLo), Math.abs(rHi));
  const residuals = niceAxis(-rMax, rMax, 6);
  return (
    <>
      <div className="headline-row">
        <Headline name="MAE" value={`${formatNumber(e.mae)} ${unit}`} baseline={`${formatNumber(e.baseline.mae)} ${unit}`} />
        <Headline name="RMSE" value={`${formatNumber(e.rmse)} ${unit}`} baseline={`${formatNumber(e.baseline.rmse)} ${unit}`} />
        <Headline name="R²" value={formatScore(e.r2, 3)} baseline={formatScore(e.baseline.r2, 3)} />
      </div>
      <p className="muted">
        MAE: average distance between prediction and truth. RMSE: the same with large misses weighing more. R²: share of the
        variation in {unit} the network explains (1 = all, 0 = no better than the mean). The baseline predicts{' '}
        {formatNumber(e.baseline.value)} {unit}, the mean of the training rows, for every row.
      </p>
      <div className="chart-grid">
        <ChartFigure
          title="Predicted vs actual"
          description="Each dot is a held-out row; on the grey line y = x the prediction is exact."
        >
          <ScatterPlot
            points={points}
            x={{ key: 'actual', label: `Actual ${unit}`, axis: values }}
            y={{ key: 'predicted', label: `Predicted ${unit}`, axis: values }}
            reference={
              <ReferenceLine
                segment={[
                  { x: lo, y: lo },
                  { x: hi, y: hi },
                ]}
                stroke={CHART_COLORS.reference}
                strokeDasharray="4 3"
                ifOverflow="hidden"
              />
            }
          />
        </ChartFigure>
        <ChartFigure
          title="Residuals"
          description="Actual minus predicted, against the prediction; dots spread evenly around zero are what a good model gives."
        >
          <ScatterPlot
            points={points}
            x={{ key: 'predicted', label: `Predicted ${unit}`, axis: values }}
            y={{ key: 'residual', label: `Residual (${unit})`, axis: residuals }}
            reference={<ReferenceLine y={0} stroke={CHART_COLORS.reference} strokeDasharray="4 3" />}
          />
        </ChartFigure>
      </div>
    </>
  );
}

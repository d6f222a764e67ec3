import type { ReactNode } from 'react';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { RegressionEvaluation } from '../../core/evaluate/types';
import type { ExampleUnit } from '../../core/sources/kind';
import { AXIS_TICK, CHART_COLORS, ChartFigure, axisLabel, tickFormatter, tooltipFormatter } from '../components/Charts';
import { msg, type Message } from '../../core/i18n/message';
import { formatNumber, formatScore } from '../format';
import { extent, niceAxis } from '../components/axis';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { LinearVerdict } from './LinearBaseline';

/**
 * A measured value rounded as formatNumber shows it (three significant digits, whole above
 * 1,000), for a message that formats it with up to six decimals in the reader's language.
 */
export function significant(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value);
  return Number(value.toPrecision(abs < 1e-4 ? 2 : 3));
}

export function regressionVerdictMessage(e: RegressionEvaluation): Message {
  const params = { net: significant(e.mae), base: significant(e.baseline.mae), target: e.target };
  return msg(e.mae < e.baseline.mae ? 'evaluate.verdict.regression.beats' : 'evaluate.verdict.regression.notBeats', params);
}

/** The verdict in the UI's language. */
export function regressionVerdict(e: RegressionEvaluation): ReactNode {
  return <Text m={regressionVerdictMessage(e)} />;
}

/** The two plots in words, with their key numbers: for those who cannot see the dots. */
export function regressionSummaries(e: RegressionEvaluation, unit: ExampleUnit = 'rows'): { readonly fit: Message; readonly residuals: Message } {
  const heldOut = msg('evaluate.heldOutCount', { unit, count: e.rows });
  let min = Infinity;
  let max = -Infinity;
  let above = 0;
  let below = 0;
  for (let i = 0; i < e.actual.length; i++) {
    const residual = (e.actual[i] ?? 0) - (e.predicted[i] ?? 0);
    if (!Number.isFinite(residual)) continue;
    min = Math.min(min, residual);
    max = Math.max(max, residual);
    if (residual > 0) above++;
    else if (residual < 0) below++;
  }
  if (min > max) min = max = 0;
  return {
    fit: msg('evaluate.regression.fit.summary', { heldOut, target: e.target, mae: significant(e.mae), r2: e.r2 }),
    residuals: msg('evaluate.regression.residuals.summary', { heldOut, target: e.target, min: significant(min), max: significant(max), above, below }),
  };
}

/** `linear`: the linear baseline's value, when the run has one. */
function Headline({ name, value, baseline, linear }: { readonly name: string; readonly value: string; readonly baseline: string; readonly linear?: string | undefined }) {
  const t = useT();
  return (
    <div className="metric">
      <span className="metric-name">{name}</span>
      <span className="metric-value">{value}</span>
      <span className="metric-baseline">{t('evaluate.metric.baselineMean', { value: baseline })}</span>
      {linear !== undefined ? <span className="metric-baseline" data-testid="linear-baseline">{t('evaluate.linear.metric', { value: linear })}</span> : null}
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

/** `unit`: what one held-out example is (rows, recordings, windows). */
export function RegressionResult({
  e,
  unit: exampleUnit = 'rows',
  improving = false,
}: {
  readonly e: RegressionEvaluation;
  readonly unit?: ExampleUnit;
  /** The network was still improving when its training ended. */
  readonly improving?: boolean;
}) {
  const t = useT();
  // The target's name is what was predicted, never a unit: "off by 45.3", not "off by 45.3 progression".
  const unit = e.target;
  const summaries = regressionSummaries(e, exampleUnit);
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
        <Headline name={t('evaluate.metric.mae')} value={formatNumber(e.mae)} baseline={formatNumber(e.baseline.mae)} linear={e.linear ? formatNumber(e.linear.mae) : undefined} />
        <Headline name={t('evaluate.metric.rmse')} value={formatNumber(e.rmse)} baseline={formatNumber(e.baseline.rmse)} linear={e.linear ? formatNumber(e.linear.rmse) : undefined} />
        <Headline name={t('evaluate.metric.r2')} value={formatScore(e.r2, 3)} baseline={formatScore(e.baseline.r2, 3)} linear={e.linear ? formatScore(e.linear.r2, 3) : undefined} />
      </div>
      <LinearVerdict e={e} improving={improving} />
      <p className="muted">{t('evaluate.regression.help', { target: unit, unit: exampleUnit, value: significant(e.baseline.value) })}</p>
      <div className="chart-grid">
        <ChartFigure
          title={t('evaluate.regression.fit.title')}
          description={t('evaluate.regression.fit.description', { unit: exampleUnit })}
          summary={t(summaries.fit)}
          exportName="predicted-vs-actual"
        >
          <ScatterPlot
            points={points}
            x={{ key: 'actual', label: t('evaluate.regression.axis.actual', { target: unit }), axis: values }}
            y={{ key: 'predicted', label: t('evaluate.regression.axis.predicted', { target: unit }), axis: values }}
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
          title={t('evaluate.regression.residuals.title')}
          description={t('evaluate.regression.residuals.description')}
          summary={t(summaries.residuals)}
          exportName="residuals"
        >
          <ScatterPlot
            points={points}
            x={{ key: 'predicted', label: t('evaluate.regression.axis.predicted', { target: unit }), axis: values }}
            y={{ key: 'residual', label: t('evaluate.regression.axis.residual', { target: unit }), axis: residuals }}
            reference={<ReferenceLine y={0} stroke={CHART_COLORS.reference} strokeDasharray="4 3" />}
          />
        </ChartFigure>
      </div>
    </>
  );
}

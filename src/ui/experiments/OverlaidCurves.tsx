/** The curves of several runs on one chart each (loss, then accuracy or MAE): one line per run, named in the legend. */
import { useId, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExperimentRecord } from '../../core/experiment/types';
import type { EpochMetrics } from '../../core/train/types';
import { epochTicks } from '../components/axis';
import { AXIS_TICK, CHART_COLORS, ChartFigure, axisLabel, tickFormatter, tooltipFormatter } from '../components/Charts';

/** One colour per run, distinct enough side by side (and for common colour blindness). */
export const RUN_COLORS = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#6b7280'] as const;

export function runColor(index: number): string {
  return RUN_COLORS[index % RUN_COLORS.length] ?? '#2563eb';
}

type Which = 'validation' | 'training';
type MetricOf = (m: EpochMetrics, which: Which) => number | undefined;

const pickLoss: MetricOf = (m, which) => (which === 'validation' ? m.valLoss : m.loss);
const pickAccuracy: MetricOf = (m, which) => (which === 'validation' ? m.valAccuracy : m.accuracy);
const pickMae: MetricOf = (m, which) => (which === 'validation' ? m.valMae : m.mae);

/** Rows of the chart: one per epoch, one key per run ("r0", "r1", …). */
export function overlaidData(records: readonly ExperimentRecord[], pick: MetricOf, which: Which): Record<string, number>[] {
  const epochs = Math.max(0, ...records.map((r) => r.history.length));
  return Array.from({ length: epochs }, (_, i) => {
    const row: Record<string, number> = { epoch: i + 1 };
    records.forEach((r, k) => {
      const m = r.history[i];
      const v = m ? pick(m, which) : undefined;
      if (v !== undefined && Number.isFinite(v)) row[`r${k}`] = v;
    });
    return row;
  });
}

interface OverlayChartProps {
  readonly title: string;
  readonly description: string;
  readonly yLabel: string;
  readonly records: readonly ExperimentRecord[];
  readonly data: readonly Record<string, number>[];
  readonly percent?: boolean;
}

function OverlayChart({ title, description, yLabel, records, data, percent = false }: OverlayChartProps) {
  const epochs = Math.max(2, data.length);
  return (
    <ChartFigure title={title} description={description}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 20, left: 16 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} />
          <XAxis dataKey="epoch" type="number" domain={[1, epochs]} ticks={epochTicks(epochs)} allowDecimals={false} tick={AXIS_TICK} label={axisLabel('Epoch', 'x')} />
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
          <Legend verticalAlign="top" />
          {records.map((r, k) => (
            <Line
              key={r.id}
              type="monotone"
              dataKey={`r${k}`}
              name={r.name}
              stroke={runColor(k)}
              strokeWidth={2}
              strokeDasharray={k % 2 === 1 ? '6 3' : undefined}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function OverlaidCurves({ records }: { readonly records: readonly ExperimentRecord[] }) {
  const id = useId();
  const anyValidation = records.some((r) => r.history.some((m) => m.valLoss !== undefined));
  const [which, setWhich] = useState<Which>(anyValidation ? 'validation' : 'training');
  const words = which === 'validation' ? 'Validation' : 'Training';
  const tasks = new Set(records.map((r) => r.task));
  return (
    <>
      <div className="field inline-field">
        <label htmlFor={id}>Curves of</label>
        <select id={id} value={which} onChange={(e) => setWhich(e.target.value === 'training' ? 'training' : 'validation')}>
          <option value="validation">the validation rows</option>
          <option value="training">the training rows</option>
        </select>
      </div>
      <div className="chart-grid">
        <OverlayChart
          title={`${words} loss`}
          description="Lower is better. Each line is one run; loss values compare only between runs of the same task and target."
          yLabel="Loss"
          records={records}
          data={overlaidData(records, pickLoss, which)}
        />
        {tasks.has('classification') ? (
          <OverlayChart
            title={`${words} accuracy`}
            description="Share of rows whose class the network got right, epoch by epoch."
            yLabel="Accuracy"
            percent
            records={records}
            data={overlaidData(records, pickAccuracy, which)}
          />
        ) : null}
        {tasks.has('regression') ? (
          <OverlayChart
            title={`${words} mean absolute error`}
            description="Average distance between prediction and truth, in the target's units."
            yLabel="MAE"
            records={records}
            data={overlaidData(records, pickMae, which)}
          />
        ) : null}
      </div>
    </>
  );
}

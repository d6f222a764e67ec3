/**
 * One recording (or window) drawn small: one line per step column over the steps, with the
 * value range on the y axis and the step count on the x axis. Plain SVG: a grid of a dozen of
 * them must draw in a frame, which a charting library's per-chart setup does not.
 */
import type { ExampleView } from '../../core/sources/kind';
import { formatInteger, formatTick } from '../format';
import { useT } from '../i18n/I18nProvider';

type SequenceView = Extract<ExampleView, { kind: 'sequence' }>;

/** Distinct on white and for the common colour-vision deficiencies (Okabe–Ito). */
export const CHANNEL_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000', '#f0e442'];

export function channelColour(index: number): string {
  return CHANNEL_COLOURS[index % CHANNEL_COLOURS.length] ?? '#000000';
}

interface SequenceChartProps {
  readonly view: SequenceView;
  readonly width?: number;
  readonly height?: number;
}

const PAD = { left: 40, right: 6, top: 6, bottom: 22 };

function range(values: Float32Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return { min: 0, max: 1 };
  return min === max ? { min: min - 1, max: max + 1 } : { min, max };
}

/** The points of one channel; a missing value breaks the line (separate runs of points). */
function paths(view: SequenceView, channel: number, x: (step: number) => number, y: (v: number) => number): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const width = view.channels.length;
  for (let step = 0; step < view.steps; step++) {
    const v = view.values[step * width + channel] as number;
    if (Number.isNaN(v)) {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
      continue;
    }
    run.push(`${x(step).toFixed(1)},${y(v).toFixed(1)}`);
  }
  if (run.length > 1) runs.push(run.join(' '));
  return runs;
}

export function SequenceChart({ view, width = 220, height = 120 }: SequenceChartProps) {
  const t = useT();
  const { min, max } = range(view.values);
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const last = Math.max(1, view.steps - 1);
  const x = (step: number) => PAD.left + (step / last) * plotW;
  const y = (v: number) => PAD.top + (1 - (v - min) / (max - min)) * plotH;
  const label = t('evaluate.sequence.summary', { title: view.title, steps: view.steps, channels: t.list(view.channels), label: view.label });
  return (
    <svg className="sequence-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <rect x={PAD.left} y={PAD.top} width={plotW} height={plotH} className="sequence-chart-frame" />
      {view.channels.map((channel, c) =>
        paths(view, c, x, y).map((points, i) => (
          <polyline key={`${channel}-${i}`} points={points} fill="none" stroke={channelColour(c)} strokeWidth={1.2} />
        )),
      )}
      <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" className="sequence-chart-tick">
        {formatTick(max)}
      </text>
      <text x={PAD.left - 4} y={PAD.top + plotH} textAnchor="end" className="sequence-chart-tick">
        {formatTick(min)}
      </text>
      <text x={PAD.left} y={height - 8} className="sequence-chart-tick">
        0
      </text>
      <text x={PAD.left + plotW / 2} y={height - 8} textAnchor="middle" className="sequence-chart-axis">
        {t(view.stepLabel)}
      </text>
      <text x={PAD.left + plotW} y={height - 8} textAnchor="end" className="sequence-chart-tick">
        {formatInteger(view.steps - 1)}
      </text>
    </svg>
  );
}

/** Which colour is which step column, once for a group of charts. */
export function ChannelLegend({ channels }: { readonly channels: readonly string[] }) {
  const t = useT();
  return (
    <ul className="channel-legend" aria-label={t('evaluate.sequence.channels')}>
      {channels.map((channel, c) => (
        <li key={channel}>
          <span className="channel-swatch" style={{ background: channelColour(c) }} aria-hidden="true" />
          {channel}
        </li>
      ))}
    </ul>
  );
}

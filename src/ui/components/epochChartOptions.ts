/**
 * What an epoch chart draws, as uPlot options and data: the x axis runs over the planned
 * epochs, the y axis over round ticks of the values seen so far (or 0–100 % for accuracy).
 * Kept apart from the component so that it can be checked without a browser.
 */
import type uPlot from 'uplot';
import { formatChartValue, formatInteger, formatPercent, formatTick, formatTicks } from '../format';
import { FONT_STACK } from './chartFont';
import { epochTicks, extent, niceAxis, type NiceAxis } from './axis';

export interface EpochSeries {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  /** One value per epoch from epoch 1; undefined or not finite where there is none. */
  readonly values: readonly (number | undefined)[];
}

export interface EpochChartSpec {
  /** The x axis's name in the UI's language ("Epoch"). */
  readonly xLabel: string;
  readonly yLabel: string;
  /** The planned epochs: the x axis spans 1…epochs even while fewer have run. */
  readonly epochs: number;
  readonly series: readonly EpochSeries[];
  readonly percent: boolean;
}

export interface EpochChartLayout {
  readonly data: uPlot.AlignedData;
  readonly xDomain: [number, number];
  readonly xTicks: readonly number[];
  readonly yAxis: NiceAxis;
}

const PERCENT_AXIS: NiceAxis = { domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] };
const FONT = `12px ${FONT_STACK}`;
const AXIS_COLOR = '#4b5563';
const GRID_COLOR = '#e5e7eb';

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}

export function epochChartLayout(spec: EpochChartSpec): EpochChartLayout {
  const n = Math.max(0, ...spec.series.map((s) => s.values.length));
  const xs = Array.from({ length: n }, (_, i) => i + 1);
  const ys = spec.series.map((s) => xs.map((_, i) => finiteOrNull(s.values[i])));
  const epochs = Math.max(2, spec.epochs, n);
  const yAxis = spec.percent ? PERCENT_AXIS : niceAxis(...extent(ys.flat().filter((v): v is number => v !== null)), 4);
  return { data: [xs, ...ys], xDomain: [1, epochs], xTicks: epochTicks(epochs), yAxis };
}

/** A value as the chart's tick label: "40%" for a share, "0.25" or "12.3k" otherwise. */
export function tickLabel(value: number, percent: boolean): string {
  return percent ? formatPercent(value, 0) : formatTick(value);
}

/**
 * The labels of an axis's ticks: with as many decimals as their step needs, so that close ticks
 * (1.085, 1.090, 1.095) never read alike, as three significant digits would make them (1.09, 1.09).
 */
export function tickLabels(ticks: readonly number[], percent: boolean): string[] {
  return formatTicks(ticks, percent);
}

/** A value as the legend shows it: "83.4%" for a share, four significant digits otherwise. */
export function legendValue(value: number | null | undefined, percent: boolean): string {
  return formatChartValue(value, percent);
}

/** The last value a series has, for the legend while the pointer is not over the chart. */
export function lastValue(values: ArrayLike<number | null | undefined>): number | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) return v;
  }
  return null;
}

/**
 * uPlot options. `layout` is read on every redraw, so new data only needs `setData`: the scales
 * and ticks follow without building the chart again.
 */
export function epochChartOptions(
  spec: Pick<EpochChartSpec, 'xLabel' | 'yLabel' | 'series' | 'percent'>,
  layout: () => EpochChartLayout,
  size: { readonly width: number; readonly height: number },
): uPlot.Options {
  const { percent } = spec;
  const axisBase = {
    stroke: AXIS_COLOR,
    font: FONT,
    labelFont: FONT,
    grid: { stroke: GRID_COLOR, width: 1 },
    ticks: { stroke: GRID_COLOR, width: 1, size: 4 },
  };
  return {
    width: size.width,
    height: size.height,
    // uPlot's defaults zoom on drag and hide series on a legend click: neither belongs on a live chart.
    cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 7 } },
    legend: { show: true, live: true, markers: { width: 2 } },
    scales: {
      x: { time: false, range: () => layout().xDomain },
      y: { range: () => layout().yAxis.domain },
    },
    axes: [
      {
        ...axisBase,
        label: spec.xLabel,
        labelSize: 18,
        size: 36,
        splits: () => [...layout().xTicks],
        values: (_u, splits) => splits.map((v) => formatInteger(v)),
      },
      {
        ...axisBase,
        label: spec.yLabel,
        labelSize: 18,
        size: 52,
        splits: () => [...layout().yAxis.ticks],
        values: (_u, splits) => tickLabels(splits, percent),
      },
    ],
    series: [
      {
        label: spec.xLabel,
        value: (u, v, _si, idx) => {
          const epoch = idx === null ? lastValue(u.data[0]) : v;
          return epoch === null ? '–' : formatInteger(epoch);
        },
      },
      ...spec.series.map((s): uPlot.Series => ({
        label: s.label,
        stroke: s.color,
        width: 2,
        ...(s.dashed ? { dash: [6, 4] } : {}),
        points: { show: (u) => (u.data[0]?.length ?? 0) === 1 },
        spanGaps: true,
        value: (u, v, si, idx) => legendValue(idx === null ? lastValue(u.data[si] ?? []) : v, percent),
      })),
    ],
  };
}

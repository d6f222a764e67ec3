import { describe, expect, it } from 'vitest';
import type uPlot from 'uplot';
import {
  epochChartLayout,
  epochChartOptions,
  lastValue,
  legendValue,
  tickLabel,
  tickLabels,
  type EpochChartLayout,
  type EpochChartSpec,
} from '../../../src/ui/components/epochChartOptions';

const spec = (over: Partial<EpochChartSpec> = {}): EpochChartSpec => ({
  xLabel: 'Epoch',
  yLabel: 'Loss',
  epochs: 30,
  percent: false,
  series: [
    { label: 'Training', color: '#2563eb', values: [1.2, 0.8, 0.5] },
    { label: 'Validation', color: '#d97706', dashed: true, values: [1.3, Number.NaN, 0.7] },
  ],
  ...over,
});

describe('epochChartLayout', () => {
  it('puts one x per epoch run, gaps where a value is missing or not finite, and round y ticks around the values', () => {
    const layout = epochChartLayout(spec());
    expect(layout.data).toEqual([[1, 2, 3], [1.2, 0.8, 0.5], [1.3, null, 0.7]]);
    expect(layout.xDomain).toEqual([1, 30]);
    expect(layout.xTicks[0]).toBe(1);
    expect(layout.xTicks.at(-1)).toBe(30);
    const [lo, hi] = layout.yAxis.domain;
    expect(lo).toBeLessThanOrEqual(0.5);
    expect(hi).toBeGreaterThanOrEqual(1.3);
    expect(layout.yAxis.ticks).toContain(1);
  });

  it('spans the planned epochs before the first one ends, with a 0–1 axis', () => {
    const layout = epochChartLayout(spec({ series: [{ label: 'Training', color: '#000', values: [] }] }));
    expect(layout.data).toEqual([[], []]);
    expect(layout.xDomain).toEqual([1, 30]);
    expect(layout.yAxis.domain).toEqual([0, 1]);
  });

  it('widens the x axis when a run has more epochs than planned (a comparison of runs of different lengths)', () => {
    const layout = epochChartLayout(spec({ epochs: 2 }));
    expect(layout.xDomain).toEqual([1, 3]);
  });

  it('reads accuracy on a fixed 0–100 % axis', () => {
    const layout = epochChartLayout(spec({ percent: true, series: [{ label: 'Training', color: '#000', values: [0.5, 0.9] }] }));
    expect(layout.yAxis).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });
});

describe('labels', () => {
  it('formats ticks and legend values for reading', () => {
    expect(tickLabel(0.4, true)).toBe('40%');
    expect(tickLabel(0.25, false)).toBe('0.25');
    expect(legendValue(0.83456, true)).toBe('83.5%');
    expect(legendValue(0.123456789, false)).toBe('0.1235');
    expect(legendValue(null, false)).toBe('–');
    expect(legendValue(Number.NaN, false)).toBe('–');
  });

  it('gives close ticks as many decimals as their step needs, so that no two read alike', () => {
    expect(tickLabels([1.085, 1.09, 1.095, 1.1], false)).toEqual(['1.085', '1.090', '1.095', '1.100']);
    expect(tickLabels([0, 0.2, 0.4], false)).toEqual(['0.0', '0.2', '0.4']);
    expect(tickLabels([0, 0.5, 1, 1.5], false)).toEqual(['0.0', '0.5', '1.0', '1.5']);
    expect(tickLabels([0, 5, 10], false)).toEqual(['0', '5', '10']);
    expect(tickLabels([0, 0.2, 0.4], true)).toEqual(['0%', '20%', '40%']);
    expect(tickLabels([20_000, 40_000], false)).toEqual(['20K', '40K']);
  });

  it('finds the last value of a series, past trailing gaps', () => {
    expect(lastValue([1, 2, null, undefined])).toBe(2);
    expect(lastValue([])).toBeNull();
  });
});

describe('epochChartOptions', () => {
  const fakePlot = (data: uPlot.AlignedData) => ({ data }) as unknown as uPlot;

  it('draws one line per series, dashed where asked, with no zoom on drag', () => {
    const options = epochChartOptions(spec(), () => epochChartLayout(spec()), { width: 400, height: 200 });
    expect(options.series.map((s) => s.label)).toEqual(['Epoch', 'Training', 'Validation']);
    expect(options.series[1]?.dash).toBeUndefined();
    expect(options.series[2]?.dash).toEqual([6, 4]);
    expect(options.cursor?.drag).toMatchObject({ x: false, y: false, setScale: false });
    expect(options.axes?.map((a) => a.label)).toEqual(['Epoch', 'Loss']);
  });

  it('reads scales and ticks from the current layout, so new epochs need no new chart', () => {
    let layout: EpochChartLayout = epochChartLayout(spec({ epochs: 10 }));
    const options = epochChartOptions(spec(), () => layout, { width: 400, height: 200 });
    const range = options.scales?.x?.range as (u: uPlot, min: number, max: number) => [number, number];
    const splits = options.axes?.[1]?.splits as (u: uPlot, axisIdx: number, min: number, max: number) => number[];
    const plot = fakePlot(layout.data);
    expect(range(plot, 0, 0)).toEqual([1, 10]);
    layout = epochChartLayout(spec({ epochs: 50, series: [{ label: 'Training', color: '#000', values: [40, 10] }] }));
    expect(range(plot, 0, 0)).toEqual([1, 50]);
    expect(splits(plot, 1, 0, 0)).toEqual(layout.yAxis.ticks);
  });

  it("shows the values under the pointer in the legend, and the last epoch's when the pointer is away", () => {
    const layout = epochChartLayout(spec());
    const options = epochChartOptions(spec(), () => layout, { width: 400, height: 200 });
    const plot = fakePlot(layout.data);
    const value = (i: number) => options.series[i]?.value as (u: uPlot, v: number | null, si: number, idx: number | null) => string;
    expect(value(1)(plot, 0.8, 1, 1)).toBe('0.8');
    expect(value(1)(plot, null, 1, null)).toBe('0.5');
    expect(value(2)(plot, null, 2, null)).toBe('0.7');
    expect(value(0)(plot, null, 0, null)).toBe('3');
  });
});

/**
 * A line chart over epochs, drawn by uPlot on a canvas. The training curves redraw while a
 * run goes on: recharts took 200-400 ms to mount two such charts and 40-100 ms to redraw them
 * on the UI thread (profiled in Chromium), uPlot takes a few milliseconds for both.
 */
import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Translator } from '../../core/i18n/translate';
import { useT } from '../i18n/I18nProvider';
import { ChartFigure } from './Charts';
import { epochChartLayout, epochChartOptions, lastValue, legendValue, type EpochSeries } from './epochChartOptions';

interface EpochChartProps {
  readonly title: string;
  readonly description: string;
  readonly yLabel: string;
  readonly epochs: number;
  readonly series: readonly EpochSeries[];
  readonly percent?: boolean;
  readonly height?: number;
  /** Shown over the empty axes while there is no point to draw. */
  readonly emptyText?: string;
  /** The exported PNG's file name, the same in every language. */
  readonly exportName?: string;
}

/** "Loss: Training 0.412, Validation 0.455 at epoch 12": what the chart ends with, for screen readers. */
export function epochChartSummary(t: Translator, title: string, series: readonly EpochSeries[], percent: boolean): string {
  const epoch = Math.max(0, ...series.map((s) => s.values.length));
  if (epoch === 0) return t('train.chart.noEpoch', { title });
  // A value beside its line's name ("Training 0.412") reads the same in both languages.
  const values = series.map((s) => `${s.label} ${legendValue(lastValue(s.values), percent)}`).join(', ');
  return t('train.chart.summary', { title, values, epoch });
}

export function EpochChart({ title, description, yLabel, epochs, series, percent = false, height = 210, emptyText, exportName }: EpochChartProps) {
  const t = useT();
  const xLabel = t('train.chart.epoch');
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const layout = useMemo(() => epochChartLayout({ xLabel, yLabel, epochs, series, percent }), [xLabel, yLabel, epochs, series, percent]);
  const latest = useRef(layout);
  const empty = layout.data[0].length === 0;
  // The chart is built again only when what it draws changes (its lines, their names, the unit);
  // new epochs go through setData. It is built empty, before the first epoch, so that a run's
  // first point costs a redraw, not building the chart.
  const structure = JSON.stringify([xLabel, yLabel, percent, series.map((s) => [s.label, s.color, s.dashed === true])]);
  const seriesRef = useRef(series);

  // Declared first, so that it runs first: the chart built below reads the latest layout.
  useEffect(() => {
    latest.current = layout;
    seriesRef.current = series;
    plot.current?.setData(layout.data);
  }, [layout, series]);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const width = (): number => Math.max(120, Math.floor(element.clientWidth));
    const options = epochChartOptions({ xLabel, yLabel, percent, series: seriesRef.current }, () => latest.current, { width: width(), height });
    const chart = new uPlot(options, latest.current.data, element);
    plot.current = chart;
    let lastWidth = width();
    const observer = new ResizeObserver(() => {
      const next = width();
      if (next !== lastWidth) chart.setSize({ width: (lastWidth = next), height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = null;
    };
    // `structure` stands for the axes' names, percent and the series' looks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [structure, height]);

  return (
    <ChartFigure title={title} description={description} {...(exportName === undefined ? {} : { exportName })}>
      <div className="epoch-chart-frame">
        <div ref={box} className="epoch-chart" role="img" aria-label={epochChartSummary(t, title, series, percent)} />
        {empty ? <p className="epoch-chart-empty">{emptyText ?? t('train.chart.noEpochToShow')}</p> : null}
      </div>
    </ChartFigure>
  );
}

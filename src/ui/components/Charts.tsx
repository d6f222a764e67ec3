/**
 * Shared chart pieces (recharts): every chart gets a title, labelled axes, a legend and
 * numbers formatted for reading. Colours are calm and tell training from validation.
 */
import type { ReactNode } from 'react';
import { formatChartValue, formatTick } from '../format';

export const CHART_COLORS = {
  training: '#2563eb',
  validation: '#d97706',
  points: '#2563eb',
  reference: '#6b7280',
  grid: '#e5e7eb',
} as const;

export const AXIS_TICK = { fontSize: 12, fill: '#4b5563' };

export function tickFormatter(value: unknown): string {
  return typeof value === 'number' ? formatTick(value) : String(value);
}

export function tooltipFormatter(value: unknown): string {
  return typeof value === 'number' ? formatChartValue(value, false) : String(value);
}

export function axisLabel(value: string, axis: 'x' | 'y') {
  return axis === 'x'
    ? { value, position: 'insideBottom' as const, offset: -4, fill: '#374151', fontSize: 12 }
    : { value, angle: -90, position: 'insideLeft' as const, style: { textAnchor: 'middle' as const }, fill: '#374151', fontSize: 12 };
}

interface ChartFigureProps {
  readonly title: string;
  /** A sentence for screen readers and for anyone unsure what the chart shows. */
  readonly description: string;
  /**
   * What the drawing shows, with its key numbers, for those who cannot see it: the drawing is
   * named by it (`role="img"`). Leave it out when the children name themselves (an epoch chart).
   */
  readonly summary?: string;
  /** The exported PNG's file name, in the same words in every language ("predicted-vs-actual"). */
  readonly exportName?: string;
  readonly children: ReactNode;
}

/** A chart with a visible title; the figure is named by its title and described in words. */
export function ChartFigure({ title, description, summary, exportName, children }: ChartFigureProps) {
  return (
    <figure className="chart" aria-label={title} data-export-name={exportName}>
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-description">{description}</span>
      </figcaption>
      {summary === undefined ? (
        children
      ) : (
        <div role="img" aria-label={summary}>
          {children}
        </div>
      )}
    </figure>
  );
}

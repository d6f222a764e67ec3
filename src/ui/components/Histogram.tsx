import type { HistogramBin } from '../../core/data/types';
import { useT } from '../i18n/I18nProvider';

interface HistogramProps {
  readonly bins: readonly HistogramBin[];
  readonly column: string;
}

const WIDTH = 96;
const HEIGHT = 24;

/** A tiny distribution as inline SVG bars; each bar's label and count in its tooltip. */
export function Histogram({ bins, column }: HistogramProps) {
  const t = useT();
  if (bins.length === 0) return <span className="muted">—</span>;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const slot = WIDTH / bins.length;
  const gap = bins.length > 1 ? Math.min(2, slot * 0.2) : 0;
  const binTexts = bins.map((b) => t('evaluate.histogram.bin', { label: b.label, count: b.count }));
  return (
    <svg
      className="histogram"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('evaluate.histogram.label', { column, bins: binTexts.join(', ') })}
    >
      {bins.map((bin, i) => {
        const h = bin.count === 0 ? 0 : Math.max(1, (bin.count / max) * HEIGHT);
        return (
          <rect key={i} x={i * slot + gap / 2} y={HEIGHT - h} width={Math.max(1, slot - gap)} height={h}>
            <title>{binTexts[i]}</title>
          </rect>
        );
      })}
    </svg>
  );
}

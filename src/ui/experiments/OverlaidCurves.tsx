/** The curves of several runs on one chart each (loss, then accuracy or MAE): one line per run, named in the legend. */
import { useId, useMemo, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import type { ExperimentRecord } from '../../core/experiment/types';
import type { EpochMetrics } from '../../core/train/types';
import { EpochChart } from '../components/EpochChart';
import type { EpochSeries } from '../components/epochChartOptions';

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

/** One line per run, named after it: the chosen metric, epoch by epoch (missing or not finite values left out). */
export function overlaidSeries(records: readonly ExperimentRecord[], pick: MetricOf, which: Which): EpochSeries[] {
  return records.map((r, k) => ({
    label: r.name,
    color: runColor(k),
    dashed: k % 2 === 1,
    values: r.history.map((m) => {
      const v = pick(m, which);
      return v !== undefined && Number.isFinite(v) ? v : undefined;
    }),
  }));
}

interface OverlayChartProps {
  readonly title: string;
  readonly description: string;
  readonly yLabel: string;
  readonly records: readonly ExperimentRecord[];
  readonly pick: MetricOf;
  readonly which: Which;
  readonly percent?: boolean;
}

function OverlayChart({ title, description, yLabel, records, pick, which, percent = false }: OverlayChartProps) {
  const series = useMemo(() => overlaidSeries(records, pick, which), [records, pick, which]);
  const epochs = Math.max(2, ...records.map((r) => r.history.length));
  return (
    <EpochChart title={title} description={description} yLabel={yLabel} epochs={epochs} series={series} percent={percent} height={260} />
  );
}

export function OverlaidCurves({ records }: { readonly records: readonly ExperimentRecord[] }) {
  const id = useId();
  const anyValidation = records.some((r) => r.history.some((m) => m.valLoss !== undefined));
  const [which, setWhich] = useState<Which>(anyValidation ? 'validation' : 'training');
  const t = useT();
  const tasks = new Set(records.map((r) => r.task));
  return (
    <>
      <div className="field inline-field">
        <label htmlFor={id}>
          <Text m="experiment.curves.of" />
        </label>
        <select id={id} value={which} onChange={(e) => setWhich(e.target.value === 'training' ? 'training' : 'validation')}>
          <option value="validation">{t('experiment.curves.validationRows')}</option>
          <option value="training">{t('experiment.curves.trainingRows')}</option>
        </select>
      </div>
      <div className="chart-grid">
        <OverlayChart
          title={t('experiment.curves.lossTitle', { which })}
          description={t('experiment.curves.lossHelp')}
          yLabel={t('experiment.curves.loss')}
          records={records}
          pick={pickLoss}
          which={which}
        />
        {tasks.has('classification') ? (
          <OverlayChart
            title={t('experiment.curves.accuracyTitle', { which })}
            description={t('experiment.curves.accuracyHelp')}
            yLabel={t('experiment.curves.accuracy')}
            percent
            records={records}
            pick={pickAccuracy}
            which={which}
          />
        ) : null}
        {tasks.has('regression') ? (
          <OverlayChart
            title={t('experiment.curves.maeTitle', { which })}
            description={t('experiment.curves.maeHelp')}
            yLabel={t('experiment.curves.mae')}
            records={records}
            pick={pickMae}
            which={which}
          />
        ) : null}
      </div>
    </>
  );
}

/** Two or more runs side by side: settings (differences marked), curves overlaid, metrics (best marked). */
import { compareMetrics, compareSettings, type MetricRow } from '../../core/experiment/compare';
import type { ExperimentRecord } from '../../core/experiment/types';
import { formatDuration, formatInteger, formatNumber, formatPercent, formatScore } from '../format';
import { useT } from '../i18n/I18nProvider';
import { say } from '../i18n/say';
import { Text } from '../i18n/Text';
import { OverlaidCurves, runColor } from './OverlaidCurves';

/** Each metric rounded as the rest of the app shows it: shares as percentages, scores to 3 decimals, times as durations. */
export function metricText(value: number | null, row: Pick<MetricRow, 'key' | 'format'>): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (row.format === 'percent') return formatPercent(value);
  switch (row.key) {
    case 'macroF1':
    case 'r2':
    case 'linearR2':
      return formatScore(value, 3);
    case 'epochsRun':
      return formatInteger(value);
    case 'time':
      return formatDuration(value * 1000);
    default:
      return formatNumber(value, 3);
  }
}

/** Runs that tie with the best value are all marked: none of them is worse. */
function isBest(m: MetricRow, k: number): boolean {
  if (m.best === null) return false;
  const best = m.values[m.best];
  return k === m.best || (best !== null && best !== undefined && m.values[k] === best);
}

function RunHeaders({ records }: { readonly records: readonly ExperimentRecord[] }) {
  return (
    <>
      {records.map((r, k) => (
        <th scope="col" key={r.id} className="run-header">
          <span className="run-swatch" style={{ background: runColor(k) }} aria-hidden="true" />
          {r.name}
        </th>
      ))}
    </>
  );
}

interface CompareViewProps {
  readonly records: readonly ExperimentRecord[];
  readonly onOpen: (id: string) => void;
}

export function CompareView({ records, onOpen }: CompareViewProps) {
  const t = useT();
  const settings = compareSettings(records);
  const metrics = compareMetrics(records);
  const differing = settings.filter((s) => s.differs).length;
  return (
    <>
      <section className="card" aria-labelledby="compare-metrics-title">
        <h2 id="compare-metrics-title">
          <Text m="experiment.compare.results" />
        </h2>
        <p className="muted">
          <Text m="experiment.compare.resultsHint" />
        </p>
        <div className="table-scroll">
          <table className="data-table compare-table" aria-label={t('experiment.compare.metricsTable')}>
            <thead>
              <tr>
                <th scope="col">
                  <Text m="experiment.compare.metric" />
                </th>
                <RunHeaders records={records} />
              </tr>
            </thead>
            <tbody>
              {metrics.map((m) => (
                <tr key={m.key}>
                  <th scope="row">
                    <Text m={m.label} />
                  </th>
                  {m.values.map((v, k) => (
                    <td key={k} className={isBest(m, k) ? 'num best' : 'num'}>
                      {metricText(v, m)}
                      {isBest(m, k) ? (
                        <>
                          {' '}
                          <span aria-hidden="true">★</span>
                          <span className="visually-hidden">
                            <Text m="experiment.compare.best" />
                          </span>
                        </>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="compare-curves-title">
        <h2 id="compare-curves-title">
          <Text m="experiment.compare.curves" />
        </h2>
        <OverlaidCurves records={records} />
      </section>
      <section className="card" aria-labelledby="compare-settings-title">
        <h2 id="compare-settings-title">
          <Text m="experiment.compare.settings" />
        </h2>
        <p className="muted">
          {differing === 0 ? <Text m="experiment.compare.sameSettings" /> : <Text m="experiment.compare.differing" params={{ count: differing }} />}
        </p>
        <div className="table-scroll">
          <table className="data-table compare-table" aria-label={t('experiment.compare.settingsTable')}>
            <thead>
              <tr>
                <th scope="col">
                  <Text m="experiment.compare.setting" />
                </th>
                <RunHeaders records={records} />
              </tr>
            </thead>
            <tbody>
              {settings.map((s) => (
                <tr key={s.key} className={s.differs ? 'differs' : undefined} data-differs={s.differs ? 'true' : undefined}>
                  <th scope="row">
                    <Text m={s.label} />
                    {s.differs ? (
                      <span className="visually-hidden">
                        {' '}
                        <Text m="experiment.compare.differs" />
                      </span>
                    ) : null}
                  </th>
                  {s.values.map((v, k) => (
                    <td key={k}>{say(t, v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="toolbar compare-open">
          {records.map((r) => (
            <button key={r.id} type="button" className="button small" onClick={() => onOpen(r.id)}>
              <Text m="experiment.compare.open" params={{ name: `“${r.name}”` }} />
            </button>
          ))}
        </div>
      </section>
    </>
  );
}

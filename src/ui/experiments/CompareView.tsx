/** Two or more runs side by side: settings (differences marked), curves overlaid, metrics (best marked). */
import { compareMetrics, compareSettings, type MetricRow } from '../../core/experiment/compare';
import type { ExperimentRecord } from '../../core/experiment/types';
import { formatNumber, formatPercent } from '../format';
import { OverlaidCurves, runColor } from './OverlaidCurves';

function metricText(value: number | null, format: MetricRow['format']): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return format === 'percent' ? formatPercent(value) : formatNumber(value, 4);
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
  const settings = compareSettings(records);
  const metrics = compareMetrics(records);
  const differing = settings.filter((s) => s.differs).length;
  return (
    <>
      <section className="card" aria-labelledby="compare-metrics-title">
        <h2 id="compare-metrics-title">Results</h2>
        <p className="muted">On each run's held-out rows. The best value of a row is marked ★.</p>
        <div className="table-scroll">
          <table className="data-table compare-table" aria-label="Metrics compared">
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <RunHeaders records={records} />
              </tr>
            </thead>
            <tbody>
              {metrics.map((m) => (
                <tr key={m.label}>
                  <th scope="row">{m.label}</th>
                  {m.values.map((v, k) => (
                    <td key={k} className={isBest(m, k) ? 'num best' : 'num'}>
                      {metricText(v, m.format)}
                      {isBest(m, k) ? (
                        <>
                          {' '}
                          <span aria-hidden="true">★</span>
                          <span className="visually-hidden">(best)</span>
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
        <h2 id="compare-curves-title">Curves</h2>
        <OverlaidCurves records={records} />
      </section>
      <section className="card" aria-labelledby="compare-settings-title">
        <h2 id="compare-settings-title">Settings</h2>
        <p className="muted">
          {differing === 0
            ? 'The runs share every setting.'
            : `${differing} setting${differing === 1 ? '' : 's'} differ${differing === 1 ? 's' : ''}; ${differing === 1 ? 'it is' : 'they are'} highlighted.`}
        </p>
        <div className="table-scroll">
          <table className="data-table compare-table" aria-label="Settings compared">
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <RunHeaders records={records} />
              </tr>
            </thead>
            <tbody>
              {settings.map((s) => (
                <tr key={s.label} className={s.differs ? 'differs' : undefined} data-differs={s.differs ? 'true' : undefined}>
                  <th scope="row">
                    {s.label}
                    {s.differs ? <span className="visually-hidden"> (differs)</span> : null}
                  </th>
                  {s.values.map((v, k) => (
                    <td key={k}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="toolbar compare-open">
          {records.map((r) => (
            <button key={r.id} type="button" className="button small" onClick={() => onOpen(r.id)}>
              Open “{r.name}”
            </button>
          ))}
        </div>
      </section>
    </>
  );
}

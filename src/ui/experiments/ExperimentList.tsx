/** The saved runs: filter, sort, select for comparison, open, rename in place, delete. */
import { useId, useState } from 'react';
import type { ExperimentRecord } from '../../core/experiment/types';
import { statusText } from '../../core/experiment/record';
import { formatInteger } from '../format';
import { DEFAULT_QUERY, SORT_OPTIONS, STATUS_OPTIONS, formatDate, keyMetric, visibleExperiments, type ListQuery } from './listModel';
import { RenameField } from './RenameField';

interface ExperimentListProps {
  readonly records: readonly ExperimentRecord[];
  readonly onOpen: (id: string) => void;
  readonly onCompare: (ids: readonly string[]) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDelete: (record: ExperimentRecord) => void;
}

export function ExperimentList({ records, onOpen, onCompare, onRename, onDelete }: ExperimentListProps) {
  const ids = useId();
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [renaming, setRenaming] = useState<string | null>(null);
  const visible = visibleExperiments(records, query);
  // Selection of runs that are no longer there (deleted) does not count.
  const chosen = records.filter((r) => selected.has(r.id)).map((r) => r.id);
  const toggle = (id: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <div className="experiments-toolbar">
        <div className="field">
          <label htmlFor={`${ids}-filter`}>Filter</label>
          <input
            id={`${ids}-filter`}
            type="search"
            placeholder="Name, dataset, target or notes"
            value={query.text}
            onChange={(e) => setQuery({ ...query, text: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-status`}>Status</label>
          <select id={`${ids}-status`} value={query.status} onChange={(e) => setQuery({ ...query, status: e.target.value as ListQuery['status'] })}>
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-sort`}>Sort by</label>
          <select id={`${ids}-sort`} value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.target.value as ListQuery['sort'] })}>
            {SORT_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button primary compare-button" disabled={chosen.length < 2} onClick={() => onCompare(chosen)}>
          Compare selected ({formatInteger(chosen.length)})
        </button>
      </div>
      {chosen.length < 2 ? <p className="muted">Tick two or more runs to compare them side by side.</p> : null}
      {visible.length === 0 ? (
        <p className="empty-hint">No saved run matches the filter.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table experiments-table" aria-label="Saved experiments">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Select</span>
                </th>
                <th scope="col">Name</th>
                <th scope="col">Dataset</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Result
                </th>
                <th scope="col">Date</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((r) => {
                const metric = keyMetric(r);
                return (
                  <tr key={r.id} className={selected.has(r.id) ? 'selected' : undefined}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${r.name}`}
                        checked={selected.has(r.id)}
                        onChange={(e) => toggle(r.id, e.target.checked)}
                      />
                    </td>
                    <td className="experiment-name">
                      {renaming === r.id ? (
                        <RenameField
                          name={r.name}
                          onDone={(name) => {
                            setRenaming(null);
                            if (name !== null && name !== r.name) onRename(r.id, name);
                          }}
                        />
                      ) : (
                        <button type="button" className="link-button" onClick={() => onOpen(r.id)}>
                          {r.name}
                        </button>
                      )}
                    </td>
                    <td>
                      {r.dataset.name}
                      <span className="muted"> · {r.plan.target}</span>
                    </td>
                    <td>
                      <span className={`status status-${r.status}`}>{statusText(r)}</span>
                      {r.weightsNotKept ? <span className="weights-not-kept">{r.weightsNotKept}</span> : null}
                    </td>
                    <td className="num" title={metric ? `${metric.label} on the held-out rows` : undefined}>
                      {metric ? metric.text : '—'}
                    </td>
                    <td className="nowrap">{formatDate(r.createdAt)}</td>
                    <td className="row-actions">
                      <button type="button" className="button small" aria-label={`Rename ${r.name}`} onClick={() => setRenaming(r.id)}>
                        Rename
                      </button>
                      <button type="button" className="button small" aria-label={`Delete ${r.name}`} onClick={() => onDelete(r)}>
                        Delete
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

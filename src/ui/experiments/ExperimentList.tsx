/** The saved runs: filter, sort, select for comparison, open, rename in place, delete. */
import { useId, useState } from 'react';
import type { ExperimentRecord } from '../../core/experiment/types';
import { statusText } from '../../core/experiment/record';
import { useT } from '../i18n/I18nProvider';
import { say } from '../i18n/say';
import { Text } from '../i18n/Text';
import { DEFAULT_QUERY, SORT_OPTIONS, STATUS_OPTIONS, formatDate, keyMetric, visibleExperiments, type ListQuery } from './listModel';
import { RenameField } from './RenameField';

interface ExperimentListProps {
  readonly records: readonly ExperimentRecord[];
  readonly onOpen: (id: string) => void;
  /** The runs ticked for comparison: kept by the caller, so that they stay ticked after a comparison. */
  readonly selected: ReadonlySet<string>;
  readonly onSelected: (update: (old: ReadonlySet<string>) => ReadonlySet<string>) => void;
  readonly onCompare: (ids: readonly string[]) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDelete: (record: ExperimentRecord) => void;
}

export function ExperimentList({ records, selected, onSelected, onOpen, onCompare, onRename, onDelete }: ExperimentListProps) {
  const t = useT();
  const ids = useId();
  const [query, setQuery] = useState<ListQuery>(DEFAULT_QUERY);
  const [renaming, setRenaming] = useState<string | null>(null);
  const visible = visibleExperiments(records, query);
  // Selection of runs that are no longer there (deleted) does not count.
  const chosen = records.filter((r) => selected.has(r.id)).map((r) => r.id);
  const toggle = (id: string, on: boolean) =>
    onSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <div className="experiments-toolbar">
        <div className="field">
          <label htmlFor={`${ids}-filter`}>
            <Text m="experiment.list.filter" />
          </label>
          <input
            id={`${ids}-filter`}
            type="search"
            placeholder={t('experiment.list.filterPlaceholder')}
            value={query.text}
            onChange={(e) => setQuery({ ...query, text: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-status`}>
            <Text m="experiment.list.status" />
          </label>
          <select id={`${ids}-status`} value={query.status} onChange={(e) => setQuery({ ...query, status: e.target.value as ListQuery['status'] })}>
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {t(o.label)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-sort`}>
            <Text m="experiment.list.sortBy" />
          </label>
          <select id={`${ids}-sort`} value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.target.value as ListQuery['sort'] })}>
            {SORT_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {t(o.label)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button primary compare-button" disabled={chosen.length < 2} onClick={() => onCompare(chosen)}>
          <Text m="experiment.list.compareSelected" params={{ count: chosen.length }} />
        </button>
      </div>
      {chosen.length < 2 ? (
        <p className="muted">
          <Text m="experiment.list.tickTwo" />
        </p>
      ) : null}
      {visible.length === 0 ? (
        <p className="empty-hint">
          <Text m="experiment.list.noMatch" />
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table experiments-table" aria-label={t('experiment.list.table')}>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">
                    <Text m="experiment.list.select" />
                  </span>
                </th>
                <th scope="col">
                  <Text m="experiment.list.name" />
                </th>
                <th scope="col">
                  <Text m="experiment.list.dataset" />
                </th>
                <th scope="col">
                  <Text m="experiment.list.status" />
                </th>
                <th scope="col" className="num">
                  <Text m="experiment.list.result" />
                </th>
                <th scope="col">
                  <Text m="experiment.list.date" />
                </th>
                <th scope="col">
                  <span className="visually-hidden">
                    <Text m="experiment.list.actions" />
                  </span>
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
                        aria-label={t('experiment.list.selectRun', { name: r.name })}
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
                      <span className={`status status-${r.status}`}>
                        <Text m={statusText(r)} />
                      </span>
                      {r.weightsNotKept ? <span className="weights-not-kept">{say(t, r.weightsNotKept)}</span> : null}
                    </td>
                    <td className="num" title={metric ? t('experiment.list.resultOn', { metric: metric.label }) : undefined}>
                      {metric ? metric.text : '—'}
                    </td>
                    <td className="nowrap">{formatDate(r.createdAt)}</td>
                    <td className="row-actions">
                      <button type="button" className="button small" aria-label={t('experiment.list.renameRun', { name: r.name })} onClick={() => setRenaming(r.id)}>
                        <Text m="experiment.view.rename" />
                      </button>
                      <button type="button" className="button small" aria-label={t('experiment.list.deleteRun', { name: r.name })} onClick={() => onDelete(r)}>
                        <Text m="experiment.list.delete" />
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

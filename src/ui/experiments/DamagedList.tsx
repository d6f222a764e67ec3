/**
 * Saved runs that cannot be read any more (they fail validation): what can still be read of
 * each, what is wrong in words, and a Delete button, so that none hides in a log for ever.
 */
import type { DamagedExperiment } from '../../core/experiment/types';
import { msg, type Message } from '../../core/i18n/message';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { formatDate } from './listModel';

interface DamagedListProps {
  readonly damaged: readonly DamagedExperiment[];
  readonly onDelete: (id: string) => void;
}

/** How a damaged run is called in its row and on its Delete button. */
export function damagedLabel(d: DamagedExperiment): Message | string {
  return d.name ?? msg('experiment.damaged.run', { id: d.id });
}

export function DamagedList({ damaged, onDelete }: DamagedListProps) {
  const t = useT();
  const count = damaged.length;
  return (
    <section className="card" aria-labelledby="damaged-runs-title">
      <h2 id="damaged-runs-title">
        <Text m="experiment.damaged.title" />
      </h2>
      <p className="muted">
        <Text m="experiment.damaged.intro" params={{ count }} />
      </p>
      <div className="table-scroll">
        <table className="data-table damaged-table" aria-label={t('experiment.damaged.title')}>
          <thead>
            <tr>
              <th scope="col">
                <Text m="experiment.list.name" />
              </th>
              <th scope="col">
                <Text m="experiment.list.date" />
              </th>
              <th scope="col">
                <Text m="experiment.damaged.problem" />
              </th>
              <th scope="col">
                <span className="visually-hidden">
                  <Text m="experiment.list.actions" />
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {damaged.map((d) => (
              <tr key={d.id}>
                <td className="experiment-name">
                  {d.name ?? (
                    <span className="muted">
                      <Text m="experiment.damaged.nameUnreadable" />
                    </span>
                  )}
                  <span className="damaged-id">
                    <Text m="experiment.damaged.id" /> <code>{d.id}</code>
                  </span>
                </td>
                <td className="nowrap">
                  {d.createdAt !== undefined ? (
                    formatDate(d.createdAt)
                  ) : (
                    <span className="muted">
                      <Text m="experiment.damaged.unknownDate" />
                    </span>
                  )}
                </td>
                <td>
                  <Text m={d.problem} />
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('experiment.damaged.deleteRun', { name: damagedLabel(d) })}
                    onClick={() => onDelete(d.id)}
                  >
                    <Text m="experiment.list.delete" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

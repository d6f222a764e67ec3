/**
 * Saved runs that cannot be read any more (they fail validation): what can still be read of
 * each, what is wrong in words, and a Delete button, so that none hides in a log for ever.
 */
import type { DamagedExperiment } from '../../core/experiment/types';
import { formatDate } from './listModel';

interface DamagedListProps {
  readonly damaged: readonly DamagedExperiment[];
  readonly onDelete: (id: string) => void;
}

/** How a damaged run is called in its row and on its Delete button. */
export function damagedLabel(d: DamagedExperiment): string {
  return d.name ?? `run ${d.id}`;
}

export function DamagedList({ damaged, onDelete }: DamagedListProps) {
  const count = damaged.length;
  return (
    <section className="card" aria-labelledby="damaged-runs-title">
      <h2 id="damaged-runs-title">Damaged runs</h2>
      <p className="muted">
        {count === 1 ? 'This saved run is' : `These ${count} saved runs are`} damaged and cannot be opened. Deleting one removes it for good.
      </p>
      <div className="table-scroll">
        <table className="data-table damaged-table" aria-label="Damaged runs">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Date</th>
              <th scope="col">What is wrong</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {damaged.map((d) => (
              <tr key={d.id}>
                <td className="experiment-name">
                  {d.name ?? <span className="muted">Name cannot be read</span>}
                  <span className="damaged-id">
                    id <code>{d.id}</code>
                  </span>
                </td>
                <td className="nowrap">{d.createdAt !== undefined ? formatDate(d.createdAt) : <span className="muted">Unknown</span>}</td>
                <td>{d.problem}</td>
                <td className="row-actions">
                  <button type="button" className="button small" aria-label={`Delete damaged ${damagedLabel(d)}`} onClick={() => onDelete(d.id)}>
                    Delete
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

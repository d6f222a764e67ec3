/** The first rows of a file's predictions (all of them are in the download); a row without one shows why. */
import { unpredictedCount, type PredictionTable } from '../../core/experiment/predict';
import { formatInteger, formatNumber, formatPercent } from '../format';

export const SHOWN_ROWS = 200;

interface PredictionsTableProps {
  readonly table: PredictionTable;
  readonly target: string;
  readonly fileName: string;
}

export function PredictionsTable({ table, target, fileName }: PredictionsTableProps) {
  const shown = Math.min(SHOWN_ROWS, table.rows);
  const classes = table.probabilities ? (table.classes ?? []) : [];
  const unpredicted = unpredictedCount(table);
  const unit = table.keys ? 'example' : 'row';
  return (
    <>
      <p>
        {unpredicted === 0
          ? `${formatInteger(table.rows)} prediction${table.rows === 1 ? '' : 's'} for “${fileName}”`
          : `${formatInteger(table.rows)} ${unit}${table.rows === 1 ? '' : 's'} of “${fileName}”: ${formatInteger(table.rows - unpredicted)} predicted, ${formatInteger(unpredicted)} without a prediction (the note says why)`}
        {table.rows > shown ? `; the first ${formatInteger(shown)} are shown, all are in the download` : ''}.
      </p>
      <div className="table-scroll predictions-scroll">
        <table className="data-table" aria-label="Predictions">
          <thead>
            <tr>
              {table.keys ? (
                <th scope="col">Example</th>
              ) : (
                <th scope="col" className="num">
                  Row
                </th>
              )}
              <th scope="col">Predicted {target}</th>
              {classes.map((c) => (
                <th scope="col" key={c} className="num">
                  P({c})
                </th>
              ))}
              {unpredicted > 0 ? <th scope="col">Note</th> : null}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: shown }, (_, r) => {
              const note = table.notes[r] ?? null;
              return (
                <tr key={r} className={note === null ? undefined : 'unpredicted'}>
                  {table.keys ? <td>{table.keys[r]}</td> : <td className="num">{formatInteger(r + 1)}</td>}
                  <td>{note !== null ? '—' : table.values ? formatNumber(table.values[r] ?? NaN, 4) : table.predicted[r]}</td>
                  {classes.map((c, k) => (
                    <td key={c} className="num">
                      {formatPercent(table.probabilities?.[r * classes.length + k] ?? NaN)}
                    </td>
                  ))}
                  {unpredicted > 0 ? <td className="prediction-note">{note ?? ''}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The first rows of a file's predictions (all of them are in the download); a row without one shows why. */
import { unpredictedCount, type PredictionTable } from '../../core/experiment/predict';
import { msg } from '../../core/i18n/message';
import { formatInteger, formatNumber, formatPercent } from '../format';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

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
  const t = useT();
  const file = `“${fileName}”`;
  const summary =
    unpredicted === 0
      ? msg('predict.table.all', { count: table.rows, file })
      : msg('predict.table.some', { unit: table.keys ? 'example' : 'row', count: table.rows, file, predicted: table.rows - unpredicted, unpredicted });
  return (
    <>
      <p>
        <Text m="predict.table.caption" params={{ summary, shown: table.rows > shown ? shown : 0 }} />
      </p>
      <div className="table-scroll predictions-scroll">
        <table className="data-table" aria-label={t('predict.table.label')}>
          <thead>
            <tr>
              {table.keys ? (
                <th scope="col">
                  <Text m="predict.table.example" />
                </th>
              ) : (
                <th scope="col" className="num">
                  <Text m="predict.table.row" />
                </th>
              )}
              <th scope="col">
                <Text m="predict.table.predicted" params={{ target }} />
              </th>
              {classes.map((c) => (
                <th scope="col" key={c} className="num">
                  <Text m="predict.table.probability" params={{ label: c }} />
                </th>
              ))}
              {unpredicted > 0 ? (
                <th scope="col">
                  <Text m="predict.table.note" />
                </th>
              ) : null}
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
                  {unpredicted > 0 ? <td className="prediction-note">{note === null ? '' : <Text m={note} />}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

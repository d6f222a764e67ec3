import { dateTimeRangeText } from '../../core/data/datetime-format';
import { readAsNumbersNote, unusableNote } from '../../core/data/number-notes';
import type { Column, TypedDataset } from '../../core/data/types';
import { Histogram } from '../components/Histogram';
import { formatInteger, formatNumber, formatPercent } from '../format';

function kindLabel(column: Column): string {
  switch (column.kind) {
    case 'number':
      return column.integer ? 'number (whole)' : 'number';
    case 'category':
      return 'category';
    case 'text':
      return column.role;
    case 'datetime':
      return 'date/time';
    case 'empty':
      return 'empty';
  }
}

function rangeNote(column: Column): string | null {
  if (column.kind === 'datetime') return Number.isFinite(column.min) ? dateTimeRangeText(column.min, column.max, column.hasTime) : null;
  if (column.kind !== 'number' || !Number.isFinite(column.min)) return null;
  return `${formatNumber(column.min)} to ${formatNumber(column.max)}, mean ${formatNumber(column.mean)}`;
}

/** How the cells became numbers, when it took more than reading digits: what was removed, what could not be used. */
function readingNotes(column: Column): string[] {
  if (column.kind !== 'number') return [];
  return [readAsNumbersNote(column), unusableNote(column)].filter((note): note is string => note !== null);
}

/** One row per column: type, missing, distinct, a tiny distribution, and why. */
export function ColumnsTable({ dataset }: { readonly dataset: TypedDataset }) {
  const exclusions = new Map(dataset.suggestedExclusions.map((e) => [e.column, e.reason]));
  return (
    <div className="table-scroll">
      <table aria-label="Columns" className="data-table columns-table">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col" className="num">
              Missing
            </th>
            <th scope="col" className="num">
              Distinct
            </th>
            <th scope="col">Distribution</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {dataset.columns.map((column) => {
            const exclusion = exclusions.get(column.name);
            const range = rangeNote(column);
            return (
              <tr key={column.index}>
                <th scope="row" className="column-name" title={column.name}>
                  {column.name}
                </th>
                <td>
                  <span className={`kind kind-${column.kind}`}>{kindLabel(column)}</span>
                </td>
                <td className="num">
                  {formatInteger(column.missing)}
                  {column.missing > 0 && dataset.rowCount > 0 ? (
                    <span className="muted"> ({formatPercent(column.missing / dataset.rowCount)})</span>
                  ) : null}
                </td>
                <td className="num">
                  {formatInteger(column.distinct)}
                  {column.distinctCapped ? '+' : ''}
                </td>
                <td>
                  <Histogram bins={column.histogram} column={column.name} />
                </td>
                <td className="notes">
                  {exclusion ? (
                    <span className="badge badge-warn" title={exclusion}>
                      Suggested exclusion
                    </span>
                  ) : null}
                  <span>{exclusion ?? column.reason}</span>
                  {range ? <span className="muted"> · {range}</span> : null}
                  {readingNotes(column).map((note) => (
                    <span key={note} className="reading-note">
                      {note}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

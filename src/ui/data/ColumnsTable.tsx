import { dateTimeRangeText } from '../../core/data/datetime-format';
import { readAsNumbersNote, unusableNote } from '../../core/data/number-notes';
import type { Column, TypedDataset } from '../../core/data/types';
import { msg, type Message } from '../../core/i18n/message';
import { Histogram } from '../components/Histogram';
import { formatInteger, formatNumber, formatPercent } from '../format';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

const TEXT_KINDS = { identifier: 'identifier', code: 'code', 'free text': 'freeText' } as const;

function kindLabel(column: Column): Message {
  const kind = column.kind === 'number' ? (column.integer ? 'wholeNumber' : 'number') : column.kind === 'text' ? TEXT_KINDS[column.role] : column.kind;
  return msg('data.column.kind', { kind });
}

function rangeNote(column: Column): Message | string | null {
  if (column.kind === 'datetime') return Number.isFinite(column.min) ? dateTimeRangeText(column.min, column.max, column.hasTime) : null;
  if (column.kind !== 'number' || !Number.isFinite(column.min)) return null;
  return msg('data.columnsTable.range', { min: formatNumber(column.min), max: formatNumber(column.max), mean: formatNumber(column.mean) });
}

/** How the cells became numbers, when it took more than reading digits: what was removed, what could not be used. */
function readingNotes(column: Column): Message[] {
  if (column.kind !== 'number') return [];
  return [readAsNumbersNote(column), unusableNote(column)].filter((note): note is Message => note !== null);
}

/** One row per column: type, missing, distinct, a tiny distribution, and why. */
export function ColumnsTable({ dataset }: { readonly dataset: TypedDataset }) {
  const t = useT();
  const exclusions = new Map(dataset.suggestedExclusions.map((e) => [e.column, e.reason]));
  return (
    <div className="table-scroll">
      <table aria-label={t('data.step.columns')} className="data-table columns-table">
        <thead>
          <tr>
            <th scope="col">{t('data.columnsTable.column')}</th>
            <th scope="col">{t('data.columnsTable.type')}</th>
            <th scope="col" className="num">
              {t('data.columnsTable.missing')}
            </th>
            <th scope="col" className="num">
              {t('data.columnsTable.distinct')}
            </th>
            <th scope="col">{t('data.columnsTable.distribution')}</th>
            <th scope="col">{t('data.columnsTable.notes')}</th>
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
                  <span className={`kind kind-${column.kind}`}>{t(kindLabel(column))}</span>
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
                    <span className="badge badge-warn" title={t(exclusion)}>
                      {t('data.columnsTable.suggestedExclusion')}
                    </span>
                  ) : null}
                  <span>
                    <Text m={exclusion ?? column.reason} />
                  </span>
                  {range ? <span className="muted"> · {typeof range === 'string' ? range : t(range)}</span> : null}
                  {readingNotes(column).map((note, i) => (
                    <span key={i} className="reading-note">
                      {t(note)}
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

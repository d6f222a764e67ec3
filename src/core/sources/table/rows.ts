/** A table row as the user reads it: its key (the row index), its title and its cells. */
import type { TypedDataset } from '../../data/types';
import { formatNumber } from '../../data/histogram';
import type { FeaturePlan } from '../../features/types';
import { msg } from '../../i18n/message';
import type { ExampleView } from '../kind';

/** The key of row `index` (0-based, into the TypedDataset). */
export function rowKey(index: number): string {
  return String(index);
}

export function rowOfKey(key: string, rowCount: number): number | null {
  if (!/^\d+$/.test(key)) return null;
  const row = Number(key);
  return row < rowCount ? row : null;
}

/** The cell of `row` in the column at `index` as text, as far as the typed dataset keeps it. */
function cellText(dataset: TypedDataset, column: TypedDataset['columns'][number], row: number): string {
  switch (column.kind) {
    case 'number': {
      const v = column.values[row] as number;
      return Number.isNaN(v) ? '' : formatNumber(v, -1);
    }
    case 'category': {
      const code = column.codes[row] as number;
      return code < 0 ? '' : (column.categories[code] ?? '');
    }
    case 'text': {
      const code = column.codes?.[row];
      if (code !== undefined && column.dictionary) return code < 0 ? '' : (column.dictionary[code] ?? '');
      return dataset.preview[row]?.[column.index] ?? '';
    }
    case 'datetime':
      return dataset.preview[row]?.[column.index] ?? (Number.isNaN(column.values[row] as number) ? '' : new Date(column.values[row] as number).toISOString());
    case 'empty':
      return '';
  }
}

/** The target and the features of one row: what a confusion-matrix cell lists. */
export function describeRow(dataset: TypedDataset, plan: FeaturePlan, row: number): ExampleView {
  const shown = [plan.target, ...plan.features];
  const cells = shown.flatMap((name) => {
    const column = dataset.columns.find((c) => c.name === name);
    return column ? [{ column: name, value: cellText(dataset, column, row) }] : [];
  });
  // Row 1 is the first data row, as a spreadsheet shows it under its header.
  return { kind: 'row', key: rowKey(row), title: msg('sources.example.row', { row: row + 1 }), cells };
}

/**
 * Predictions written as CSV: the file's own rows, then the prediction, the probabilities and a
 * note saying why a row got none, in the language `noteText` renders it in (English by default).
 */
import Papa from 'papaparse';
import type { TypedDataset } from '../data/types';
import type { Preprocessing } from '../features/types';
import { english } from '../i18n/translate';
import type { Message } from '../i18n/message';
import type { PredictionTable } from './prediction-table';
import { noteColumn, sequencePredictionsCsv } from './predict-sequences';

/** Enough digits to give back the same 32-bit float. */
function exact(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(9))) : '';
}

/**
 * The file's own rows as cell text, when `text` is the file the dataset was parsed from and its
 * rows line up with the dataset's (same count, header or not, same number of fields); else null.
 * TypedDataset keeps no text values past the preview, and an identifier column is what people join
 * predictions back on: it must come out as it went in.
 */
export function originalRows(text: string, dataset: TypedDataset): string[][] | null {
  // Prediction reads the rows for its checks and again for the CSV: the file is parsed once.
  if (lastRows?.text === text && lastRows.dataset === dataset) return lastRows.rows;
  const rows = parseOriginalRows(text, dataset);
  lastRows = { text, dataset, rows };
  return rows;
}

let lastRows: { readonly text: string; readonly dataset: TypedDataset; readonly rows: string[][] | null } | null = null;

function parseOriginalRows(text: string, dataset: TypedDataset): string[][] | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: dataset.delimiter, skipEmptyLines: 'greedy' });
  let rows = parsed.data;
  if (rows.length === dataset.rowCount + 1) rows = rows.slice(1);
  if (rows.length !== dataset.rowCount) return null;
  const width = dataset.columns.length;
  return rows.every((r) => r.length === width) ? rows : null;
}

/**
 * The file's columns, then `predicted_<target>` and one `probability_<class>` per class. With the
 * file's text, each row's cells are written exactly as they were; without it (or when its rows do
 * not line up), from the typed columns, and text columns only as far as the preview reaches.
 */
export function predictionsCsv(dataset: TypedDataset, table: PredictionTable, pre: Preprocessing, text?: string, noteText: (note: Message) => string = english): string {
  const notes = table.notes.map((note) => (note === null ? null : noteText(note)));
  if (table.keys) return sequencePredictionsCsv(table.keys, table.values ? Array.from(table.values, exact) : table.predicted, pre, notes, table.probabilities, exact);
  const classes = table.classes ?? [];
  const names = dataset.columns.map((c) => c.name);
  const fields = [...names, `predicted_${pre.target}`, ...(table.probabilities ? classes.map((c) => `probability_${c}`) : []), noteColumn(names)];
  const original = text === undefined ? null : originalRows(text, dataset);
  const data: string[][] = [];
  for (let r = 0; r < table.rows; r++) {
    const cells = original?.[r];
    const row = cells
      ? [...cells]
      : dataset.columns.map((col) => {
          if (col.kind === 'number') return Number.isNaN(col.values[r] as number) ? '' : String(col.values[r]);
          if (col.kind === 'category') return (col.codes[r] as number) < 0 ? '' : (col.categories[col.codes[r] as number] ?? '');
          return dataset.preview[r]?.[col.index] ?? '';
        });
    row.push(table.values ? exact(table.values[r] as number) : (table.predicted[r] ?? ''));
    if (table.probabilities) for (let k = 0; k < classes.length; k++) row.push(exact(table.probabilities[r * classes.length + k] as number));
    row.push(notes[r] ?? '');
    data.push(row);
  }
  return Papa.unparse({ fields, data }, { newline: '\n' });
}

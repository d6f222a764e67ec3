/**
 * A whole CSV through the model: read by the parse worker, checked against the training
 * columns (plain messages for missing or extra ones), predicted in the predict worker, shown
 * (the first rows) and offered as a CSV download.
 */
import { useState } from 'react';
import { decodeText } from '../../core/data/decode';
import type { TypedDataset } from '../../core/data/types';
import { toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { checkPredictSchema, type PredictionTable } from '../../core/experiment/predict';
import type { Preprocessing } from '../../core/features/types';
import type { Host } from '../../host/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatInteger } from '../format';
import { parseFile } from './parseFile';
import { PredictionsTable } from './PredictionsTable';
import type { Prediction } from './usePredictor';

interface PredictFileProps {
  readonly pre: Preprocessing;
  readonly host: Host;
  /** Base of the download's name ("penguins-mlp-2026-11-23-1041"). */
  readonly baseName: string;
  readonly predict: (dataset: TypedDataset, withCsv: boolean, text?: string) => Promise<Prediction>;
}

interface Done {
  readonly fileName: string;
  readonly table: PredictionTable;
  readonly csv: string;
}

export function PredictFile({ pre, host, baseName, predict }: PredictFileProps) {
  const [phase, setPhase] = useState<string | null>(null);
  const [notes, setNotes] = useState<readonly AppErrorInfo[]>([]);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const choose = async () => {
    setError(null);
    setSaved(null);
    try {
      const file = await host.openDatasetDialog();
      if (!file) return;
      setDone(null);
      setNotes([]);
      setPhase(`Reading “${file.name}”…`);
      const dataset = await parseFile(file);
      const check = checkPredictSchema(dataset, pre);
      setNotes(check.problems);
      if (!check.ok) return;
      setPhase(pre.sequence ? `Predicting the recordings of ${formatInteger(dataset.rowCount)} rows…` : `Predicting ${formatInteger(dataset.rowCount)} rows…`);
      // The file's own text (in the encoding it was read in) goes along, so the download keeps every cell as it was.
      const text = decodeText(new Uint8Array(await file.data.arrayBuffer()), dataset.encoding?.encoding ?? 'utf-8', file.name);
      const prediction = await predict(dataset, true, text);
      // The schema check and the encoding may say the same thing (a padded recording): once is enough.
      const all = [...check.problems, ...prediction.problems];
      setNotes(all.filter((note, i) => all.findIndex((n) => n.message === note.message) === i));
      setDone({ fileName: file.name, table: prediction.table, csv: prediction.csv ?? '' });
    } catch (err) {
      setError(toAppErrorInfo(err, 'The file could not be predicted.'));
    } finally {
      setPhase(null);
    }
  };

  const download = async () => {
    if (!done) return;
    const name = `${done.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[^A-Za-z0-9 ._()-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || baseName}-predictions.csv`;
    try {
      // Bytes, not text: a prediction file of many rows is larger than the text-file limit.
      if (await host.saveBinaryFile(name, new TextEncoder().encode(done.csv), 'text/csv')) setSaved(`Saved ${name}.`);
    } catch (err) {
      setError(toAppErrorInfo(err, 'The predictions could not be saved.'));
    }
  };

  const blocking = notes.length > 0 && !done && phase === null;
  return (
    <div className="predict-file">
      <p className="muted">
        {pre.sequence
          ? `The file needs the same layout as the training file: the step columns, ${pre.sequence.idColumn ? `“${pre.sequence.idColumn}” naming the recordings, ` : ''}${pre.sequence.orderColumn ? `“${pre.sequence.orderColumn}” ordering the steps; ` : ''}one prediction is made per ${pre.sequence.layout === 'grouped' ? 'recording' : 'window of rows'}.`
          : 'The file needs the columns the model was trained on; other columns (the target too) are kept in the download but not used.'}
      </p>
      <div className="toolbar">
        <button type="button" className="button" disabled={phase !== null} onClick={() => void choose()}>
          Predict a CSV file…
        </button>
        {done ? (
          <button type="button" className="button primary" onClick={() => void download()}>
            Download predictions CSV
          </button>
        ) : null}
      </div>
      {phase ? <p role="status">{phase}</p> : null}
      {saved ? <p role="status">{saved}</p> : null}
      {error ? <ErrorMessage error={error} onDismiss={() => setError(null)} /> : null}
      {notes.length > 0 ? (
        <ul className={blocking ? 'schema-problems blocking' : 'schema-problems'} aria-label="About the file">
          {notes.map((n, i) => (
            <li key={i}>{n.message}</li>
          ))}
        </ul>
      ) : null}
      {done ? <PredictionsTable table={done.table} target={pre.target} fileName={done.fileName} /> : null}
    </div>
  );
}

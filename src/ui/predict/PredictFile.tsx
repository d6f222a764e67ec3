/**
 * A whole CSV through the model: read by the parse worker, checked against the training
 * columns (plain messages for missing or extra ones), predicted in the predict worker, shown
 * (the first rows) and offered as a CSV download.
 */
import { useState } from 'react';
import { decodeText } from '../../core/data/decode';
import type { TypedDataset } from '../../core/data/types';
import { quoteInput, toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';
import { checkPredictSchema, type PredictionTable } from '../../core/experiment/predict';
import type { Preprocessing } from '../../core/features/types';
import type { Host } from '../../host/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { errorText } from '../i18n/error-text';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
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
  const t = useT();
  const [phase, setPhase] = useState<Message | null>(null);
  const [notes, setNotes] = useState<readonly AppErrorInfo[]>([]);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [saved, setSaved] = useState<Message | null>(null);

  const choose = async () => {
    setError(null);
    setSaved(null);
    try {
      const file = await host.openDatasetDialog();
      if (!file) return;
      setDone(null);
      setNotes([]);
      setPhase(msg('predict.file.reading', { file: quoteInput(file.name) }));
      const dataset = await parseFile(file);
      const check = checkPredictSchema(dataset, pre);
      setNotes(check.problems);
      if (!check.ok) return;
      setPhase(msg(pre.sequence ? 'predict.file.predictingRecordings' : 'predict.file.predictingRows', { count: dataset.rowCount }));
      // The file's own text (in the encoding it was read in) goes along, so the download keeps every cell as it was.
      const text = decodeText(new Uint8Array(await file.data.arrayBuffer()), dataset.encoding?.encoding ?? 'utf-8', file.name);
      const prediction = await predict(dataset, true, text);
      // The schema check and the encoding may say the same thing (a padded recording): once is enough.
      const all = [...check.problems, ...prediction.problems];
      setNotes(all.filter((note, i) => all.findIndex((n) => n.message === note.message) === i));
      setDone({ fileName: file.name, table: prediction.table, csv: prediction.csv ?? '' });
    } catch (err) {
      setError(toAppErrorInfo(err, msg('predict.file.failed')));
    } finally {
      setPhase(null);
    }
  };

  const download = async () => {
    if (!done) return;
    const name = `${done.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[^A-Za-z0-9 ._()-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || baseName}-predictions.csv`;
    try {
      // Bytes, not text: a prediction file of many rows is larger than the text-file limit.
      if (await host.saveBinaryFile(name, new TextEncoder().encode(done.csv), 'text/csv')) setSaved(msg('predict.file.saved', { file: name }));
    } catch (err) {
      setError(toAppErrorInfo(err, msg('predict.file.saveFailed')));
    }
  };

  const blocking = notes.length > 0 && !done && phase === null;
  return (
    <div className="predict-file">
      <p className="muted">
        {pre.sequence ? (
          <Text
            m="predict.file.sequenceHint"
            params={{
              idPart: pre.sequence.idColumn ? msg('predict.file.idPart', { column: `“${pre.sequence.idColumn}”` }) : '',
              orderPart: pre.sequence.orderColumn ? msg('predict.file.orderPart', { column: `“${pre.sequence.orderColumn}”` }) : '',
              layout: pre.sequence.layout,
            }}
          />
        ) : (
          <Text m="predict.file.tableHint" />
        )}
      </p>
      <div className="toolbar">
        <button type="button" className="button" disabled={phase !== null} onClick={() => void choose()}>
          <Text m="predict.file.choose" />
        </button>
        {done ? (
          <button type="button" className="button primary" onClick={() => void download()}>
            <Text m="predict.file.download" />
          </button>
        ) : null}
      </div>
      {phase ? (
        <p role="status">
          <Text m={phase} />
        </p>
      ) : null}
      {saved ? (
        <p role="status">
          <Text m={saved} />
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} onDismiss={() => setError(null)} /> : null}
      {notes.length > 0 ? (
        <ul className={blocking ? 'schema-problems blocking' : 'schema-problems'} aria-label={t('predict.file.about')}>
          {notes.map((n, i) => (
            <li key={i}>{errorText(t, n)}</li>
          ))}
        </ul>
      ) : null}
      {done ? <PredictionsTable table={done.table} target={pre.target} fileName={done.fileName} /> : null}
    </div>
  );
}

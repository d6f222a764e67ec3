/**
 * The ways an experiment leaves the app: its model (TensorFlow.js Layers files, preprocessing,
 * Keras code, manifest) as one thing (a folder in Electron, one .zip in a browser: host.saveFiles),
 * the whole experiment as one portable file, and its charts as PNG.
 */
import { useState, type RefObject } from 'react';
import { toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';
import { experimentFileName, modelExportFiles } from '../../core/experiment/export';
import { encodePortable } from '../../core/experiment/portable';
import type { ExperimentRecord } from '../../core/experiment/types';
import type { Host } from '../../host/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { Text } from '../i18n/Text';
import { experimentStore } from '../experiments/store';
import { chartsAsPng } from './chartPng';
import { confusionMatrixPng } from './confusionPng';

interface ExportActionsProps {
  readonly record: ExperimentRecord;
  readonly host: Host;
  /** Where the experiment's charts are on screen. */
  readonly chartsRoot: RefObject<HTMLElement | null>;
}

/** The suffix of a portable experiment file; another Layerbench imports it. */
export const PORTABLE_SUFFIX = '.layerbench.json';

export function ExportActions({ record, host, chartsRoot }: ExportActionsProps) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const base = experimentFileName(record);
  const trained = record.hasWeights && record.preprocessing !== undefined;

  const run = async (what: Message, work: () => Promise<Message | null>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (err) {
      setError(toAppErrorInfo(err, what));
    } finally {
      setBusy(false);
    }
  };

  const weights = async () => {
    const { store } = await experimentStore();
    const stored = await store.getWeights(record.id);
    if (!stored) throw new Error(`no weights stored for ${record.id}`);
    return stored;
  };

  const exportModel = () =>
    run(msg('experiment.export.modelFailed'), async () => {
      const saved = await host.saveFiles(base, modelExportFiles(record, await weights()));
      if (!saved) return null;
      return host.kind === 'browser' ? msg('experiment.export.modelZipped', { file: `“${base}.zip”` }) : msg('experiment.export.modelSaved', { folder: `“${base}”` });
    });

  const exportExperiment = () =>
    run(msg('experiment.export.experimentFailed'), async () => {
      const text = encodePortable(record, record.hasWeights ? await weights() : undefined);
      const saved = await host.saveBinaryFile(`${base}${PORTABLE_SUFFIX}`, new TextEncoder().encode(text), 'application/json');
      return saved ? msg('experiment.export.experimentSaved', { file: `${base}${PORTABLE_SUFFIX}` }) : null;
    });

  const saveCharts = () =>
    run(msg('experiment.export.chartsFailed'), async () => {
      const root = chartsRoot.current;
      const files: { name: string; data: Uint8Array }[] = root ? await chartsAsPng(root) : [];
      if (record.evaluation?.task === 'classification') {
        files.unshift({ name: '00-confusion-matrix.png', data: await confusionMatrixPng(record.evaluation) });
      }
      if (files.length === 0) return msg('experiment.export.noCharts');
      const saved = await host.saveFiles(`${base}-charts`, files);
      if (!saved) return null;
      return host.kind === 'browser' ? msg('experiment.export.chartsZipped', { count: files.length, file: `“${base}-charts.zip”` }) : msg('experiment.export.chartsSaved', { count: files.length });
    });

  return (
    <div className="export-actions">
      <div className="toolbar">
        <button type="button" className="button" disabled={busy || !trained} onClick={() => void exportModel()}>
          <Text m="experiment.export.model" />
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportExperiment()}>
          <Text m="experiment.export.experiment" />
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void saveCharts()}>
          <Text m="experiment.export.charts" />
        </button>
      </div>
      {!trained ? (
        <p className="muted">
          <Text m="experiment.export.noWeights" />
        </p>
      ) : null}
      {message ? (
        <p className="export-message" role="status">
          <Text m={message} />
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} onDismiss={() => setError(null)} /> : null}
    </div>
  );
}

/**
 * One saved run again: what it was (settings), how it went (curves, evaluation), and what can
 * be done with it now (use it in the Use step, export, a new run from its settings, notes).
 */
import { stillImproving } from '../../core/evaluate/linear-verdict';
import { useRef, useState } from 'react';
import { compareSettings } from '../../core/experiment/compare';
import { statusText } from '../../core/experiment/record';
import type { ExperimentRecord } from '../../core/experiment/types';
import { lossForModel } from '../../core/model/head';
import type { Host } from '../../host/contract';
import { ClassificationResult, classificationVerdict } from '../evaluate/ClassificationResult';
import { RegressionResult, regressionVerdict } from '../evaluate/RegressionResult';
import { ExportActions } from '../export/ExportActions';
import type { Message } from '../../core/i18n/message';
import { formatDuration } from '../format';
import { useT } from '../i18n/I18nProvider';
import { say } from '../i18n/say';
import { Text } from '../i18n/Text';
import { Curves } from '../train/Curves';
import { formatDate } from './listModel';
import { NotesField } from './NotesField';
import { unitOfRecord } from './unit';

interface ExperimentDetailProps {
  readonly record: ExperimentRecord;
  readonly host: Host;
  readonly onNotes: (notes: string) => void;
  /** Applies the run's settings to the data loaded now; returns why it cannot, or null once done. */
  readonly onNewRun: (record: ExperimentRecord) => Promise<Message | string | null>;
  /** Opens the Use step on this run: predictions on new examples, a whole file, images. */
  readonly onUse: (record: ExperimentRecord) => void;
}

function SettingsTable({ record }: { readonly record: ExperimentRecord }) {
  const t = useT();
  return (
    <table className="data-table settings-table" aria-label={t('experiment.detail.settingsTable')}>
      <tbody>
        {compareSettings([record]).map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <Text m={row.label} />
            </th>
            <td>{say(t, row.values[0] ?? '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ExperimentDetail({ record, host, onNotes, onNewRun, onUse }: ExperimentDetailProps) {
  const t = useT();
  const charts = useRef<HTMLDivElement>(null);
  const [newRunMessage, setNewRunMessage] = useState<Message | string | null>(null);
  const e = record.evaluation;
  // With patience, an early stop keeps an earlier epoch: best = last means training ended while still improving.
  const improving = stillImproving({ epochs: record.history.length, bestEpoch: record.bestEpoch });
  const unit = unitOfRecord(record);
  const withValidation = record.settings.validationSplit > 0;
  return (
    <>
      <section className="card" aria-labelledby="run-summary-title">
        <h2 id="run-summary-title" className="visually-hidden">
          <Text m="experiment.detail.about" />
        </h2>
        <p>
          <strong className={`status status-${record.status}`}>
            <Text m={statusText(record)} />
          </strong>
          {record.elapsedMs !== undefined ? ` ${t('experiment.detail.elapsed', { duration: formatDuration(record.elapsedMs) })}` : ''} ·{' '}
          <Text
            m="experiment.detail.data"
            params={{ dataset: record.dataset.name, kind: record.dataset.kind, rows: record.dataset.rows, target: `“${record.plan.target}”`, date: formatDate(record.createdAt) }}
          />
          {record.backend ? ` · ${record.backend.label}` : ''}
        </p>
        {record.bestEpoch !== undefined ? (
          <p className="muted">
            <Text m="experiment.detail.bestEpoch" params={{ epoch: record.bestEpoch }} />
          </p>
        ) : null}
        {record.weightsNotKept ? <p className="blocker">{say(t, record.weightsNotKept)}</p> : null}
        {record.hasWeights && record.preprocessing ? (
          <div className="use-model">
            <button type="button" className="button primary" onClick={() => onUse(record)}>
              <Text m="use.openRun" />
            </button>
            <span className="muted">
              <Text m="use.openRunHint" />
            </span>
          </div>
        ) : null}
        <ExportActions record={record} host={host} chartsRoot={charts} />
        <div className="toolbar new-run">
          <button
            type="button"
            className="button"
            onClick={() => {
              void onNewRun(record).then(setNewRunMessage);
            }}
          >
            <Text m="experiment.detail.newRun" />
          </button>
        </div>
        {newRunMessage ? (
          <p className="blocker" role="status">
            {say(t, newRunMessage)}
          </p>
        ) : null}
        <NotesField notes={record.notes} onSave={onNotes} />
      </section>
      <div ref={charts}>
        {e ? (
          <section className="card" aria-labelledby="detail-evaluation-title">
            <h2 id="detail-evaluation-title">
              <Text m="experiment.detail.evaluation" />
            </h2>
            <p className="verdict">{e.task === 'classification' ? classificationVerdict(e) : regressionVerdict(e)}</p>
            <p className="muted">
              <Text m="experiment.detail.scoredOn" params={{ count: e.rows, unit, target: `“${record.plan.target}”` }} />
            </p>
            {e.task === 'classification' ? (
              <ClassificationResult e={e} unit={unit} improving={improving} />
            ) : (
              <RegressionResult e={e} unit={unit} improving={improving} />
            )}
          </section>
        ) : (
          <section className="card">
            <p className="empty-hint">
              {record.importedModel ? (
                <Text m="experiment.export.imported.noEvaluation" params={{ file: `“${record.importedModel.file}”` }} />
              ) : (
                <Text m="experiment.detail.noEvaluation" />
              )}
            </p>
          </section>
        )}
        {record.history.length > 0 ? (
          <section className="card" aria-labelledby="detail-curves-title">
            <h2 id="detail-curves-title">
              <Text m="experiment.detail.curves" />
            </h2>
            <Curves
              history={record.history}
              task={record.task}
              target={record.plan.target}
              epochs={record.status === 'running' ? record.settings.epochs : Math.max(1, record.history.length)}
              withValidation={withValidation}
              loss={record.spec ? lossForModel(record.task, record.spec.layers) : undefined}
              unit={unit}
            />
          </section>
        ) : null}
      </div>
      <section className="card" aria-labelledby="detail-settings-title">
        <h2 id="detail-settings-title">
          <Text m="experiment.detail.settings" />
        </h2>
        <SettingsTable record={record} />
      </section>
    </>
  );
}

/**
 * The Use step: the model of the current run (or of a saved run opened from Experiments), tried
 * on new examples, run over a whole file, and exported. One panel for every kind of data.
 */
import { useRef } from 'react';
import { msg } from '../../core/i18n/message';
import type { ExperimentRecord } from '../../core/experiment/types';
import type { Host } from '../../host/contract';
import type { TrainingState } from '../app/trainingState';
import { ErrorMessage } from '../components/ErrorMessage';
import { ExportActions } from '../export/ExportActions';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { PredictPanel } from '../predict/PredictPanel';
import { CURRENT_RUN, runToUse, type UseRoute } from './route';
import { useSavedRun } from './useSavedRun';
import './use.css';

interface UseStepProps {
  readonly route: UseRoute;
  readonly training: TrainingState;
  readonly host: Host;
  readonly onRoute: (route: UseRoute) => void;
  readonly onGoToTrain: () => void;
}

export function UseStep({ route, training, host, onRoute, onGoToTrain }: UseStepProps) {
  const t = useT();
  const target = runToUse(route, training);
  // Read again when the current run ends: its record then holds the weights.
  const saved = useSavedRun(target.kind === 'run' ? target.id : null, `${training.runId}:${training.status}`);

  let body;
  switch (target.kind) {
    case 'nothing':
    case 'failed':
      body = (
        <section className="card">
          <p className="empty-hint">
            <Text m={target.kind === 'failed' ? 'use.empty.failed' : 'use.empty.nothing'} />
          </p>
          <button type="button" className="button primary" onClick={onGoToTrain}>
            <Text m="use.empty.goToTrain" />
          </button>
        </section>
      );
      break;
    case 'training':
      body = (
        <section className="card" aria-busy="true">
          <p className="empty-hint">
            <Text m="use.empty.training" />
          </p>
        </section>
      );
      break;
    case 'run':
      body =
        saved.state === 'read' ? (
          <UsePanel key={saved.record.id} record={saved.record} host={host} />
        ) : (
          <section className="card" aria-busy={saved.state === 'reading'}>
            {saved.state === 'failed' ? (
              <ErrorMessage error={saved.error} />
            ) : (
              <p className="empty-hint">
                <Text m={saved.state === 'gone' ? 'predict.noExperiment' : 'use.reading'} />
              </p>
            )}
          </section>
        );
      break;
  }

  return (
    <>
      <header className="step-header">
        <h1 id="step-title">{t('use.step.title')}</h1>
        <p className="lede">
          <Text m="use.step.lede" />
        </p>
        {target.kind === 'run' ? (
          <p className="use-run">
            <Text m={target.current ? msg('use.run.current', { name: target.name }) : msg('use.run.saved', { name: target.name })} />
            {!target.current ? (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => onRoute(CURRENT_RUN)}>
                  <Text m="use.run.backToCurrent" />
                </button>
              </>
            ) : null}
          </p>
        ) : route.view === 'saved' ? (
          <p className="use-run">
            <button type="button" className="link-button" onClick={() => onRoute(CURRENT_RUN)}>
              <Text m="use.run.backToCurrent" />
            </button>
          </p>
        ) : null}
      </header>
      {body}
    </>
  );
}

/** Predict (form, file or images, by the run's kind of data) and export, for one saved run. */
function UsePanel({ record, host }: { readonly record: ExperimentRecord; readonly host: Host }) {
  // The Use step shows no charts: the export of charts then holds the confusion matrix alone.
  const noCharts = useRef<HTMLDivElement>(null);
  return (
    <>
      <PredictPanel record={record} host={host} />
      <section className="card" aria-labelledby="use-export-title">
        <h2 id="use-export-title">
          <Text m="use.export.title" />
        </h2>
        <p className="muted">
          <Text m="use.export.lede" />
        </p>
        <ExportActions record={record} host={host} chartsRoot={noCharts} />
      </section>
    </>
  );
}

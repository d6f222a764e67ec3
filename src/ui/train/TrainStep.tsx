import { useDeferredValue, type ReactNode } from 'react';
import { useThrottled } from '../components/useThrottled';
import type { TrainingSettings } from '../../core/train/types';
import type { Task } from '../../core/features/types';
import type { ExampleUnit } from '../../core/sources/kind';
import type { BackendInfo, BackendPreference } from '../../workers/messages';
import type { TrainingState } from '../app/state';
import { ErrorMessage } from '../components/ErrorMessage';
import { ProgressBar } from '../components/ProgressBar';
import { formatBytes, formatDuration } from '../format';
import { msg, type Message } from '../../core/i18n/message';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { Curves } from './Curves';
import { imageMemoryMessage } from './image-memory';
import { SettingsForm } from './SettingsForm';

const BACKEND_WORDS: Readonly<Record<BackendInfo['backend'], string>> = {
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WebAssembly',
  cpu: 'CPU',
};

/** Starts with the backend's name ("WebGPU (google swiftshader)"), whatever core's label holds. */
function backendName(info: BackendInfo): string {
  const words = BACKEND_WORDS[info.backend];
  if (!info.label) return words;
  return info.label.startsWith(words) ? info.label : `${words} — ${info.label}`;
}

interface TrainStepProps {
  readonly settings: TrainingSettings;
  readonly backendPreference: BackendPreference;
  readonly training: TrainingState;
  readonly task: Task | null;
  readonly target: string;
  /** What one example is: a table's rows, images, recordings or windows. */
  readonly unit?: ExampleUnit;
  /** Why Train cannot start now; null when it can. */
  readonly blocker: Message | string | null;
  readonly onSettings: (patch: Partial<TrainingSettings>) => void;
  readonly onBackend: (backend: BackendPreference) => void;
  readonly onTrain: () => void;
  readonly onStop: () => void;
  readonly onEvaluate: () => void;
  /** Where the run is saved (the Experiments step), shown under the run. */
  readonly saved?: ReactNode;
}

function progressOf(training: TrainingState, epochs: number): { fraction: number | null; text: Message } {
  const p = training.progress;
  if (training.status === 'done' && training.outcome) {
    const { history, stoppedByUser, stoppedEarly, elapsedMs } = training.outcome;
    const how = stoppedByUser ? 'user' : stoppedEarly ? 'early' : 'finished';
    // A run stopped before its last epoch shows where it stopped: 237 of 400 fills 59% of the bar.
    const fraction = how === 'finished' ? 1 : history.length / Math.max(1, epochs);
    return { fraction, text: msg('train.progress.done', { how, done: history.length, epochs, duration: formatDuration(elapsedMs) }) };
  }
  const preparing = training.prepareProgress;
  if (!p && preparing && training.status !== 'failed' && preparing.total > 0) {
    return { fraction: null, text: msg('train.progress.images', { phase: preparing.phase, done: preparing.done, total: preparing.total }) };
  }
  if (!p) return { fraction: null, text: msg(training.status === 'failed' ? 'train.progress.failed' : 'train.progress.preparing') };
  const within = p.batches > 0 ? p.batch / p.batches : 0;
  const fraction = (p.epoch - 1 + within) / Math.max(1, p.epochs);
  const left = p.etaMs === null ? msg('train.progress.estimating') : msg('train.progress.left', { duration: formatDuration(p.etaMs) });
  const code = training.status === 'stopping' ? 'train.progress.epochStopping' : 'train.progress.epoch';
  return { fraction, text: msg(code, { epoch: p.epoch, epochs: p.epochs, left }) };
}

function outcomeSentence(training: TrainingState): Message | null {
  const o = training.outcome;
  if (!o) return null;
  const params = { epochs: o.history.length, duration: formatDuration(o.elapsedMs), best: o.bestEpoch };
  if (o.stoppedByUser) return msg('train.outcome.stoppedByUser', params);
  if (o.stoppedEarly) return msg('train.outcome.stoppedEarly', params);
  return msg('train.outcome.finished', params);
}

/** A message, or English text from code not yet in the catalogue. */
function Say({ m }: { readonly m: Message | string }) {
  return typeof m === 'string' ? <>{m}</> : <Text m={m} />;
}

export function TrainStep(props: TrainStepProps) {
  const { settings, backendPreference, training, task, target, blocker, onSettings, onBackend, onTrain, onStop, onEvaluate } = props;
  const unit = props.unit ?? 'rows';
  const active = training.status === 'running' || training.status === 'stopping';
  const started = training.status !== 'idle';
  const epochs = training.settings?.epochs ?? settings.epochs;
  const progress = progressOf(training, epochs);
  const backend = training.backend;
  // A redraw of the curves costs a few milliseconds (uPlot), but a fast run ends dozens of epochs a
  // second: they follow at most 4 times a second, and at low priority, so that nothing holds up
  // typing or the Stop button.
  const deferredHistory = useDeferredValue(useThrottled(training.history, 250));
  const finishedBackend = training.status === 'done' ? training.outcome?.backend : undefined;
  const summary = outcomeSentence(training);
  const t = useT();
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">{t('train.step.title')}</h1>
        <p className="lede">{t('train.step.lede', { unit: msg('train.unit', { unit }) })}</p>
      </header>
      <div className="train-layout">
        <section className="card" aria-labelledby="settings-title">
          <h2 id="settings-title">{t('train.step.settings')}</h2>
          <SettingsForm
            settings={settings}
            backend={backendPreference}
            disabled={active}
            unit={unit}
            onChange={onSettings}
            onBackend={onBackend}
          />
        </section>
        <div className="train-side">
          <section className="card" aria-labelledby="run-title">
            <h2 id="run-title">{t('train.step.run')}</h2>
            <div className="toolbar">
              <button
                type="button"
                className="button primary"
                onClick={onTrain}
                disabled={active || blocker !== null}
                aria-describedby={blocker ? 'train-blocker' : undefined}
              >
                {t('train.button.train')}
              </button>
              <button type="button" className="button" onClick={onStop} disabled={training.status !== 'running'}>
                {t('train.button.stop')}
              </button>
              {training.status === 'done' ? (
                <button type="button" className="button" onClick={onEvaluate}>
                  {t('train.button.seeEvaluation')}
                </button>
              ) : null}
            </div>
            {blocker && !active ? (
              <p id="train-blocker" className="blocker">
                <Say m={blocker} />
              </p>
            ) : null}
            {started ? (
              <>
                <ProgressBar label={t('train.progress.label')} fraction={progress.fraction} text={t(progress.text)} />
                <p className="backend-line">
                  <span className="muted">{t('train.backendLine.label')} </span>
                  <output aria-label={t('train.backendLine.inUse')} data-backend={finishedBackend}>
                    {backend ? (
                      <>
                        <strong>{backendName(backend)}</strong>. <Text m={backend.reason} />
                      </>
                    ) : training.status === 'failed' ? (
                      t('train.backendLine.none')
                    ) : (
                      t('train.backendLine.choosing')
                    )}
                  </output>
                </p>
                {backend?.preflight ? (
                  <p className="muted" aria-label={t('train.backendLine.preflight')}>
                    <Text m={backend.preflight} />
                  </p>
                ) : null}
                {training.warnings.map((w) => (
                  <ErrorMessage key={w.code + w.message} error={w} />
                ))}
                {summary ? <p>{t(summary)}</p> : null}
                {props.saved ?? null}
                {training.prepared ? (
                  <p className="muted">
                    {t('train.prepared.split', {
                      unit,
                      train: training.prepared.trainCount,
                      validation: training.settings?.validationSplit ?? 0,
                      test: training.prepared.testCount,
                    })}
                    {training.prepared.skipped.length > 0 ? ` ${t('train.prepared.skipped', { count: training.prepared.skipped.length })}` : ''}
                  </p>
                ) : null}
                {training.prepared?.imageMemory ? (
                  <p className="muted">
                    <output aria-label={t('train.imageMemory.inUse')}>
                      {t(imageMemoryMessage(training.prepared.imageMemory, training.prepared.trainCount + training.prepared.testCount, formatBytes))}
                    </output>
                  </p>
                ) : null}
              </>
            ) : (
              <p className="muted">{t('train.nothingYet')}</p>
            )}
            {training.error ? <ErrorMessage error={training.error} /> : null}
          </section>
          {task ? (
            <section className="card" aria-labelledby="curves-title">
              <h2 id="curves-title">{t('train.step.curves')}</h2>
              <Curves
                history={deferredHistory}
                task={task}
                target={target}
                epochs={epochs}
                withValidation={(training.settings?.validationSplit ?? settings.validationSplit) > 0}
                loss={training.prepared?.head.loss}
                unit={unit}
              />
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}

import { useDeferredValue, type ReactNode } from 'react';
import { useThrottled } from '../components/useThrottled';
import type { TrainingSettings } from '../../core/train/types';
import type { Task } from '../../core/features/types';
import type { ExampleUnit } from '../../core/sources/kind';
import type { BackendInfo, BackendPreference } from '../../workers/messages';
import type { TrainingState } from '../app/state';
import { ErrorMessage } from '../components/ErrorMessage';
import { ProgressBar } from '../components/ProgressBar';
import { formatDuration, formatInteger } from '../format';
import { Curves } from './Curves';
import { SettingsForm } from './SettingsForm';

const BACKEND_WORDS: Readonly<Record<BackendInfo['backend'], string>> = {
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WebAssembly',
  cpu: 'CPU',
};

/** Starts with the backend in words ("WebGPU (google swiftshader)"), whatever core's label holds. */
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
  /** Why Train cannot start now, in words; null when it can. */
  readonly blocker: string | null;
  readonly onSettings: (patch: Partial<TrainingSettings>) => void;
  readonly onBackend: (backend: BackendPreference) => void;
  readonly onTrain: () => void;
  readonly onStop: () => void;
  readonly onEvaluate: () => void;
  /** Where the run is saved (the Experiments step), shown under the run. */
  readonly saved?: ReactNode;
}

function progressOf(training: TrainingState, epochs: number): { fraction: number | null; text: string } {
  const p = training.progress;
  if (training.status === 'done' && training.outcome) {
    const { history, stoppedByUser, stoppedEarly, elapsedMs } = training.outcome;
    const how = stoppedByUser ? 'Stopped' : stoppedEarly ? 'Stopped early' : 'Finished';
    return {
      fraction: 1,
      text: `${how}: ${formatInteger(history.length)} of ${formatInteger(epochs)} epochs in ${formatDuration(elapsedMs)}`,
    };
  }
  const preparing = training.prepareProgress;
  if (!p && preparing && training.status !== 'failed' && preparing.total > 0) {
    const what = preparing.phase === 'scan' ? 'Reading the images' : 'Resizing and scaling the images';
    return { fraction: null, text: `${what}: ${formatInteger(preparing.done)} of ${formatInteger(preparing.total)}…` };
  }
  if (!p) return { fraction: null, text: training.status === 'failed' ? 'Training stopped.' : 'Preparing the data and the model…' };
  const within = p.batches > 0 ? p.batch / p.batches : 0;
  const fraction = (p.epoch - 1 + within) / Math.max(1, p.epochs);
  const left = p.etaMs === null ? 'estimating time left' : `about ${formatDuration(p.etaMs)} left`;
  const stopping = training.status === 'stopping' ? ' · stopping after this batch…' : '';
  return { fraction, text: `Epoch ${formatInteger(p.epoch)} of ${formatInteger(p.epochs)} · ${left}${stopping}` };
}

function outcomeSentence(training: TrainingState): string | null {
  const o = training.outcome;
  if (!o) return null;
  const ran = `${formatInteger(o.history.length)} epochs in ${formatDuration(o.elapsedMs)}`;
  const kept = `the weights of epoch ${formatInteger(o.bestEpoch)}, the best one, are kept.`;
  if (o.stoppedByUser) return `You stopped training after ${ran}; ${kept}`;
  if (o.stoppedEarly) return `Early stopping ended training after ${ran}, as the validation loss had stopped improving; ${kept}`;
  return `Trained for all ${ran}; ${kept}`;
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
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">Train</h1>
        <p className="lede">The network adjusts its weights to lower the loss on the training {unit}, one batch at a time.</p>
      </header>
      <div className="train-layout">
        <section className="card" aria-labelledby="settings-title">
          <h2 id="settings-title">Settings</h2>
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
            <h2 id="run-title">Run</h2>
            <div className="toolbar">
              <button
                type="button"
                className="button primary"
                onClick={onTrain}
                disabled={active || blocker !== null}
                aria-describedby={blocker ? 'train-blocker' : undefined}
              >
                Train
              </button>
              <button type="button" className="button" onClick={onStop} disabled={training.status !== 'running'}>
                Stop
              </button>
              {training.status === 'done' ? (
                <button type="button" className="button" onClick={onEvaluate}>
                  See the evaluation
                </button>
              ) : null}
            </div>
            {blocker && !active ? (
              <p id="train-blocker" className="blocker">
                {blocker}
              </p>
            ) : null}
            {started ? (
              <>
                <ProgressBar label="Training progress" fraction={progress.fraction} text={progress.text} />
                <p className="backend-line">
                  <span className="muted">Backend: </span>
                  <output aria-label="Backend in use" data-backend={finishedBackend}>
                    {backend ? (
                      <>
                        <strong>{backendName(backend)}</strong>. {backend.reason}
                      </>
                    ) : training.status === 'failed' ? (
                      'none: the run stopped before one was chosen'
                    ) : (
                      'choosing and checking…'
                    )}
                  </output>
                </p>
                {backend?.preflight ? (
                  <p className="muted" aria-label="Pre-flight check">
                    {backend.preflight}
                  </p>
                ) : null}
                {training.warnings.map((w) => (
                  <ErrorMessage key={w.code + w.message} error={w} />
                ))}
                {summary ? <p>{summary}</p> : null}
                {props.saved ?? null}
                {training.prepared ? (
                  <p className="muted">
                    {formatInteger(training.prepared.trainCount)} training {unit} ({Math.round((training.settings?.validationSplit ?? 0) * 100)}%
                    of them for validation), {formatInteger(training.prepared.testCount)} held out.
                    {training.prepared.skipped.length > 0
                      ? ` ${formatInteger(training.prepared.skipped.length)} unreadable file(s) skipped.`
                      : ''}
                  </p>
                ) : null}
              </>
            ) : (
              <p className="muted">Nothing trained yet. Press Train to start; you can stop at any time and keep the best weights.</p>
            )}
            {training.error ? <ErrorMessage error={training.error} /> : null}
          </section>
          {task ? (
            <section className="card" aria-labelledby="curves-title">
              <h2 id="curves-title">Curves</h2>
              <Curves
                history={deferredHistory}
                task={task}
                target={target}
                epochs={epochs}
                withValidation={(training.settings?.validationSplit ?? settings.validationSplit) > 0}
                loss={training.prepared?.head.loss}
              />
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}

/**
 * Creating an experiment record when a run is prepared, and the words shown for it in lists:
 * its default name and its status line.
 */
import type { ModelDraft } from '../model/designer-types';
import { isMessage, msg, type Message } from '../i18n/message';
import { EXPERIMENT_VERSION, type DatasetIdentity, type ExperimentRecord, type RecordText, type RunFields } from './types';

const RECURRENT = new Set(['lstm', 'gru', 'simpleRNN']);

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * "11-23 10:41" in the user's local time: part of a run's default name, which is stored and
 * read in whichever language the app shows later, so it uses no month's name.
 */
export function shortDateTime(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * "MLP 64-32", "CNN 16-32", "LSTM 32", "Conv1D 16": the kind of network and the sizes of its
 * hidden layers (the last layer is the head, fixed by the data, so it is left out).
 */
export function modelLabel(model: ModelDraft): string {
  const hidden = model.layers.slice(0, -1);
  const sizes = (types: (t: string) => boolean, key: 'units' | 'filters'): string =>
    hidden.filter((l) => types(l.type) && typeof l[key] === 'number').map((l) => String(l[key])).join('-');
  const recurrent = (t: string): boolean => RECURRENT.has(t) || t === 'bidirectional';
  const rnn = hidden.find((l) => recurrent(l.type));
  if (rnn) {
    // A Bidirectional layer names the layer it wraps: "BiLSTM 32".
    const wrapped = rnn.type === 'bidirectional' && typeof rnn.layer === 'string' ? rnn.layer : rnn.type;
    const kind = `${rnn.type === 'bidirectional' ? 'Bi' : ''}${wrapped === 'simpleRNN' ? 'RNN' : wrapped.toUpperCase()}`;
    return `${kind} ${sizes(recurrent, 'units')}`.trim();
  }
  if (hidden.some((l) => l.type === 'conv2d')) return `CNN ${sizes((t) => t === 'conv2d', 'filters')}`.trim();
  if (hidden.some((l) => l.type === 'conv1d')) return `Conv1D ${sizes((t) => t === 'conv1d', 'filters')}`.trim();
  const dense = sizes((t) => t === 'dense', 'units');
  return dense ? `MLP ${dense}` : 'Linear';
}

/** "penguins.csv · MLP 64-32 · 23 Nov 10:41" */
export function defaultExperimentName(dataset: DatasetIdentity, model: ModelDraft, now: number): string {
  return `${dataset.name} · ${modelLabel(model)} · ${shortDateTime(now)}`;
}

/** What a run is known by when it starts (the recorder's start, less the clock). */
export type NewExperimentInput = Pick<ExperimentRecord, 'id' | 'dataset' | 'task' | 'plan' | 'imagePlan' | 'sequencePlan' | 'model' | 'settings'> & {
  readonly now: number;
};

export function newExperimentRecord(input: NewExperimentInput): ExperimentRecord {
  const { id, now, dataset, task, plan, imagePlan, sequencePlan, model, settings } = input;
  return {
    version: EXPERIMENT_VERSION,
    id,
    name: defaultExperimentName(dataset, model, now),
    notes: '',
    createdAt: now,
    updatedAt: now,
    status: 'running',
    dataset,
    task,
    plan,
    ...(imagePlan ? { imagePlan } : {}),
    ...(sequencePlan ? { sequencePlan } : {}),
    model,
    settings,
    history: [],
    hasWeights: false,
  };
}

/**
 * The stored record with a training run's own fields put in: the name and notes stay as stored
 * (the user may have changed them during the run), and so do id, version and creation time.
 */
export function mergeRun(stored: ExperimentRecord, run: RunFields): ExperimentRecord {
  const { version, id, name, notes, createdAt } = stored;
  return { ...run, version, id, name, notes, createdAt, updatedAt: Math.max(stored.updatedAt, run.updatedAt) };
}

/** The reason of a failed run: what the run stored, without a status line's "Failed: " around it. */
function failureReason(stored: RecordText | undefined): RecordText {
  if (stored === undefined) return msg('experiment.status.failedUnknown');
  if (typeof stored === 'string') return stored.replace(/^Failed: /, '');
  const inner = stored.code === 'experiment.status.failed' ? stored.params?.reason : undefined;
  return typeof inner === 'string' || isMessage(inner) ? inner : stored;
}

/**
 * The status line of the list: "Completed: 50 epochs", "Stopped at epoch 7 of 50",
 * "Interrupted at epoch 7 of 50 (window closed)", "Failed: <why>", "Running: epoch 3 of 50".
 */
export function statusText(record: ExperimentRecord): Message {
  if (record.importedModel) return msg('experiment.export.imported.status');
  const done = record.history.length;
  const planned = record.settings.epochs;
  switch (record.status) {
    case 'running':
      return done === 0 ? msg('experiment.status.starting') : msg('experiment.status.running', { done, planned });
    case 'completed':
      if (done >= planned) return msg('experiment.status.completed', { done });
      return record.bestEpoch !== undefined
        ? msg('experiment.status.completedEarlyBest', { done, best: record.bestEpoch })
        : msg('experiment.status.completedEarly', { done });
    case 'stopped':
      return msg('experiment.status.stopped', { done, planned });
    case 'interrupted':
      return msg('experiment.status.interrupted', { done, planned });
    case 'failed':
      return msg('experiment.status.failed', { reason: failureReason(record.statusText) });
  }
}

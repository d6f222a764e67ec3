import type { ExampleUnit } from '../../core/sources/kind';
import type { OptimizerName, TrainingSettings } from '../../core/train/types';
import type { BackendPreference } from '../../workers/messages';
import { NumberField, SelectField } from '../components/Fields';

interface SettingsFormProps {
  readonly settings: TrainingSettings;
  readonly backend: BackendPreference;
  readonly disabled: boolean;
  /** What one example is, for the words: rows, images, recordings or windows. */
  readonly unit?: ExampleUnit;
  readonly onChange: (patch: Partial<TrainingSettings>) => void;
  readonly onBackend: (backend: BackendPreference) => void;
}

const OPTIMIZERS: readonly { readonly value: OptimizerName; readonly label: string }[] = [
  { value: 'adam', label: 'Adam' },
  { value: 'sgd', label: 'SGD' },
  { value: 'rmsprop', label: 'RMSprop' },
];

export const BACKEND_OPTIONS: readonly { readonly value: BackendPreference; readonly label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'webgpu', label: 'WebGPU' },
  { value: 'webgl', label: 'WebGL' },
  { value: 'wasm', label: 'WebAssembly' },
  { value: 'cpu', label: 'CPU' },
];

/** Training settings with defaults that work and one line each on what they do. */
const UNIT_WORDS: Readonly<Record<ExampleUnit, string>> = { rows: 'Rows', images: 'Images', recordings: 'Recordings', windows: 'Windows' };

export function SettingsForm({ settings, backend, disabled, unit = 'rows', onChange, onBackend }: SettingsFormProps) {
  return (
    <fieldset className="plain-fieldset settings-grid" disabled={disabled}>
      <legend className="visually-hidden">Training settings</legend>
      <NumberField
        label="Epochs"
        value={settings.epochs}
        min={1}
        max={10_000}
        integer
        onChange={(epochs) => onChange({ epochs })}
        explanation={`One epoch is one pass over all training ${unit}.`}
      />
      <NumberField
        label="Batch size"
        value={settings.batchSize}
        min={1}
        max={65_536}
        integer
        onChange={(batchSize) => onChange({ batchSize })}
        explanation={`${UNIT_WORDS[unit]} fed to the network at a time, one weight update per batch; the None of every shape, left open so that any batch size fits.`}
      />
      <NumberField
        label="Learning rate"
        value={settings.learningRate}
        min={0.000001}
        max={10}
        step={0.0001}
        onChange={(learningRate) => onChange({ learningRate })}
        explanation="Size of each weight update: too large jumps about, too small learns slowly."
      />
      <SelectField
        label="Optimizer"
        value={settings.optimizer}
        options={OPTIMIZERS}
        onChange={(optimizer) => onChange({ optimizer })}
        explanation="The rule that turns errors into weight updates; Adam suits most data."
      />
      <NumberField
        label="Validation split"
        value={settings.validationSplit}
        min={0}
        max={0.5}
        step={0.05}
        onChange={(validationSplit) => onChange({ validationSplit })}
        explanation={`Share of the training ${unit} set aside each epoch to draw the validation curves.`}
      />
      <NumberField
        label="Early stopping patience"
        value={settings.earlyStoppingPatience}
        min={0}
        max={10_000}
        integer
        onChange={(earlyStoppingPatience) => onChange({ earlyStoppingPatience })}
        explanation="Stop after this many epochs without a lower validation loss, keeping the best weights; 0 = off."
      />
      <NumberField
        label="Seed"
        value={settings.seed}
        min={0}
        max={2_147_483_647}
        integer
        onChange={(seed) => onChange({ seed })}
        explanation="Fixes the split, the first weights and the shuffling, so a run can be repeated exactly."
      />
      <NumberField
        label="Held-out share"
        value={settings.testFraction}
        min={0.05}
        max={0.5}
        step={0.05}
        onChange={(testFraction) => onChange({ testFraction })}
        explanation={`Share of the ${unit} kept out of training altogether, to evaluate the finished model.`}
      />
      <SelectField
        label="Backend"
        value={backend}
        options={BACKEND_OPTIONS}
        onChange={onBackend}
        explanation="Where the arithmetic runs. Automatic times a few training steps of this model on each backend once per machine and kind of model, and keeps the fastest."
      />
    </fieldset>
  );
}

import type { ExampleUnit } from '../../core/sources/kind';
import type { OptimizerName, TrainingSettings } from '../../core/train/types';
import { DEFAULT_IMAGE_CACHE_MB, MAX_IMAGE_CACHE_MB } from '../../core/train/settings';
import type { BackendPreference } from '../../workers/messages';
import { NumberField, SelectField } from '../components/Fields';
import { msg } from '../../core/i18n/message';
import type { Translator } from '../../core/i18n/translate';
import { useT } from '../i18n/I18nProvider';

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

/** The backends by their own names; Automatic is a word, in the UI's language. */
export function backendOptions(t: Translator): readonly { readonly value: BackendPreference; readonly label: string }[] {
  return [
    { value: 'auto', label: t('train.settings.backend.auto') },
    { value: 'webgpu', label: 'WebGPU' },
    { value: 'webgl', label: 'WebGL' },
    { value: 'wasm', label: 'WebAssembly' },
    { value: 'cpu', label: 'CPU' },
  ];
}

/** Training settings with defaults that work and one line each on what they do. */
export function SettingsForm({ settings, backend, disabled, unit = 'rows', onChange, onBackend }: SettingsFormProps) {
  const t = useT();
  const units = msg('train.unit', { unit });
  return (
    <fieldset className="plain-fieldset settings-grid" disabled={disabled}>
      <legend className="visually-hidden">{t('train.settings.legend')}</legend>
      <NumberField
        draftId="train.epochs"
        step="train"
        label={msg('train.settings.epochs.label')}
        value={settings.epochs}
        min={1}
        max={10_000}
        integer
        onChange={(epochs) => onChange({ epochs })}
        explanation={t('train.settings.epochs.help', { unit: units })}
      />
      <NumberField
        draftId="train.batchSize"
        step="train"
        label={msg('train.settings.batchSize.label')}
        value={settings.batchSize}
        min={1}
        max={65_536}
        integer
        onChange={(batchSize) => onChange({ batchSize })}
        explanation={t('train.settings.batchSize.help', { unit: msg('train.unitCapital', { unit }) })}
      />
      <NumberField
        draftId="train.learningRate"
        step="train"
        label={msg('train.settings.learningRate.label')}
        value={settings.learningRate}
        min={0.000001}
        max={10}
        increment={0.0001}
        onChange={(learningRate) => onChange({ learningRate })}
        explanation={t('train.settings.learningRate.help')}
      />
      <SelectField
        label={t('train.settings.optimizer.label')}
        value={settings.optimizer}
        options={OPTIMIZERS}
        onChange={(optimizer) => onChange({ optimizer })}
        explanation={t('train.settings.optimizer.help')}
      />
      <NumberField
        draftId="train.validationSplit"
        step="train"
        label={msg('train.settings.validationSplit.label')}
        value={settings.validationSplit}
        min={0}
        max={0.5}
        increment={0.05}
        onChange={(validationSplit) => onChange({ validationSplit })}
        explanation={t('train.settings.validationSplit.help', { unit: units })}
      />
      <NumberField
        draftId="train.earlyStoppingPatience"
        step="train"
        label={msg('train.settings.earlyStoppingPatience.label')}
        value={settings.earlyStoppingPatience}
        min={0}
        max={10_000}
        integer
        onChange={(earlyStoppingPatience) => onChange({ earlyStoppingPatience })}
        explanation={t('train.settings.earlyStoppingPatience.help')}
      />
      <NumberField
        draftId="train.seed"
        step="train"
        label={msg('train.settings.seed.label')}
        value={settings.seed}
        min={0}
        max={2_147_483_647}
        integer
        onChange={(seed) => onChange({ seed })}
        explanation={t('train.settings.seed.help')}
      />
      <NumberField
        draftId="train.testFraction"
        step="train"
        label={msg('train.settings.testFraction.label')}
        value={settings.testFraction}
        min={0.05}
        max={0.5}
        increment={0.05}
        onChange={(testFraction) => onChange({ testFraction })}
        explanation={t('train.settings.testFraction.help', { unit: units })}
      />
      {unit === 'images' ? (
        <NumberField
          draftId="train.imageCacheMb"
          step="train"
          label={msg('train.imageMemory.label')}
          value={settings.imageCacheMb ?? DEFAULT_IMAGE_CACHE_MB}
          min={0}
          max={MAX_IMAGE_CACHE_MB}
          integer
          onChange={(imageCacheMb) => onChange({ imageCacheMb })}
          explanation={t('train.imageMemory.help')}
        />
      ) : null}
      <SelectField
        label={t('train.settings.backend.label')}
        value={backend}
        options={backendOptions(t)}
        onChange={onBackend}
        explanation={t('train.settings.backend.help')}
      />
    </fieldset>
  );
}

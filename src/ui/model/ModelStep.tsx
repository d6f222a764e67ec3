import type { Activation, HeadSpec, MlpConfig } from '../../core/model/types';
import { MAX_DROPOUT, MAX_HIDDEN_LAYERS, MAX_UNITS } from '../../core/model/mlp';
import type { ModelAnalysis, PlanAnalysis } from '../app/analysis';
import { ErrorMessage } from '../components/ErrorMessage';
import { NumberField, SelectField } from '../components/Fields';
import { headText } from '../headText';
import { SummaryTable } from './SummaryTable';

const ACTIVATIONS: readonly { readonly value: Activation; readonly label: string }[] = [
  { value: 'relu', label: 'relu' },
  { value: 'tanh', label: 'tanh' },
  { value: 'sigmoid', label: 'sigmoid' },
  { value: 'elu', label: 'elu' },
  { value: 'selu', label: 'selu' },
  { value: 'linear', label: 'linear' },
  { value: 'softmax', label: 'softmax' },
];

type HeadActivation = NonNullable<MlpConfig['head']>['activation'];
const HEAD_ACTIVATIONS: readonly { readonly value: HeadActivation; readonly label: string }[] = [
  { value: 'softmax', label: 'softmax' },
  { value: 'linear', label: 'linear' },
  { value: 'sigmoid', label: 'sigmoid' },
];

interface ModelStepProps {
  readonly mlp: MlpConfig;
  readonly plan: PlanAnalysis;
  readonly model: ModelAnalysis;
  readonly disabled: boolean;
  readonly onHiddenCount: (count: number) => void;
  readonly onUnits: (layer: number, units: number) => void;
  readonly onActivation: (layer: number, activation: Activation) => void;
  readonly onDropout: (rate: number) => void;
  readonly onHeadOverride: (head: NonNullable<MlpConfig['head']> | null) => void;
  readonly onFix: (action: string) => void;
  readonly onNext: () => void;
}

function HeadEditor({ mlp, head, disabled, onHeadOverride }: Pick<ModelStepProps, 'mlp' | 'disabled' | 'onHeadOverride'> & { readonly head: HeadSpec }) {
  const override = mlp.head;
  return (
    <fieldset className="plain-fieldset head-editor" disabled={disabled}>
      <legend>Output layer</legend>
      <p>
        Proposed: <code>{headText(head)}</code>
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={override !== undefined}
          onChange={(e) => onHeadOverride(e.target.checked ? { units: head.units, activation: head.activation } : null)}
        />
        <span>Choose the output layer myself</span>
      </label>
      {override ? (
        <div className="field-row">
          <NumberField
            label="Output units"
            value={override.units}
            min={1}
            max={MAX_UNITS}
            integer
            onChange={(units) => onHeadOverride({ ...override, units })}
          />
          <SelectField
            label="Output activation"
            value={override.activation}
            options={HEAD_ACTIVATIONS}
            onChange={(activation) => onHeadOverride({ ...override, activation })}
          />
        </div>
      ) : null}
    </fieldset>
  );
}

export function ModelStep(props: ModelStepProps) {
  const { mlp, plan, model, disabled, onHiddenCount, onUnits, onActivation, onDropout, onFix, onNext } = props;
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">Model</h1>
        <p className="lede">
          A multi-layer perceptron: the input, a few hidden Dense layers, and the output layer that follows from the task.
        </p>
      </header>
      <div className="two-columns model-columns">
        <section className="card" aria-labelledby="layers-title">
          <h2 id="layers-title">Layers</h2>
          <fieldset className="plain-fieldset" disabled={disabled}>
            <NumberField
              label="Hidden layers"
              value={mlp.hidden.length}
              min={0}
              max={MAX_HIDDEN_LAYERS}
              integer
              onChange={onHiddenCount}
              explanation="Dense layers between the input and the output; 1 to 3 suit most tables."
            />
            {mlp.hidden.map((layer, i) => (
              <div className="field-row layer-editor" key={i}>
                <NumberField
                  label={`Units in hidden layer ${i + 1}`}
                  value={layer.units}
                  min={1}
                  max={MAX_UNITS}
                  integer
                  onChange={(units) => onUnits(i, units)}
                />
                <SelectField
                  label={`Activation of hidden layer ${i + 1}`}
                  value={layer.activation}
                  options={ACTIVATIONS}
                  onChange={(activation) => onActivation(i, activation)}
                />
              </div>
            ))}
            <NumberField
              label="Dropout rate"
              value={mlp.dropout}
              min={0}
              max={MAX_DROPOUT}
              step={0.05}
              onChange={onDropout}
              explanation="Share of a hidden layer's outputs set to zero at random during training, against overfitting; 0 = off."
            />
          </fieldset>
          {plan.head ? <HeadEditor mlp={mlp} head={plan.head} disabled={disabled} onHeadOverride={props.onHeadOverride} /> : null}
          {model.headProblem ? <ErrorMessage error={model.headProblem} onFix={disabled ? undefined : onFix} /> : null}
          {model.mlpProblems.map((p, i) => (
            <ErrorMessage key={`${p.code}-${i}`} error={p} onFix={disabled ? undefined : onFix} />
          ))}
        </section>

        <section className="card" aria-labelledby="summary-title">
          <h2 id="summary-title">Summary</h2>
          {model.failure ? <ErrorMessage error={model.failure} /> : null}
          {!plan.shape ? (
            <p className="empty-hint">The summary appears once the Shape step has a valid target and features.</p>
          ) : null}
          {model.summary ? <SummaryTable summary={model.summary} /> : null}
          <p className="glossary">
            <strong>units</strong> = neurons = the size of a layer&rsquo;s last output axis: Dense(units=64) outputs (None, 64).{' '}
            <strong>None</strong> is the batch: the network takes any number of rows at a time, so Keras&rsquo; input_shape
            leaves it out. <strong>Param #</strong> counts the weights and biases that training learns.
          </p>
          <div className="card-actions">
            <button type="button" className="button primary" onClick={onNext}>
              Next: Train
            </button>
          </div>
        </section>
      </div>
    </>
  );
}

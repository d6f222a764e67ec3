import type { TypedDataset } from '../../core/data/types';
import type { Task } from '../../core/features/types';
import type { PlanAnalysis } from '../app/analysis';
import type { PlanState } from '../app/state';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatInteger } from '../format';
import { HeadSummary } from './HeadSummary';

interface ShapeStepProps {
  readonly dataset: TypedDataset;
  readonly planState: PlanState;
  readonly analysis: PlanAnalysis;
  readonly disabled: boolean;
  readonly onTarget: (target: string) => void;
  readonly onFeature: (column: string, included: boolean) => void;
  readonly onTask: (task: Task) => void;
  readonly onFix: (action: string) => void;
  readonly onNext: () => void;
}

const TASKS: readonly { readonly task: Task; readonly label: string; readonly hint: string }[] = [
  { task: 'classification', label: 'Classification', hint: 'predict one of a few labels' },
  { task: 'regression', label: 'Regression', hint: 'predict a quantity' },
];

/** Core's part descriptions may start with the column name, which the list already shows in bold. */
function withoutPrefix(description: string, column: string): string {
  const prefix = `${column}: `;
  return description.startsWith(prefix) ? description.slice(prefix.length) : description;
}

export function ShapeStep({ dataset, planState, analysis, disabled, onTarget, onFeature, onTask, onFix, onNext }: ShapeStepProps) {
  const { plan } = planState;
  const exclusions = new Map(dataset.suggestedExclusions.map((e) => [e.column, e.reason]));
  const features = new Set(plan.features);
  const { shape, head } = analysis;
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">Shape</h1>
        <p className="lede">Choose what to predict and from which columns; the app works out the input shape the network gets.</p>
      </header>

      <div className="two-columns">
        <fieldset className="card plain-fieldset" disabled={disabled}>
          <h2>What to predict</h2>
          <div className="field">
            <label htmlFor="target-column">Target column</label>
            <select
              id="target-column"
              value={plan.target}
              aria-describedby="target-reason"
              onChange={(e) => onTarget(e.target.value)}
            >
              {plan.target === '' ? <option value="">Choose a column…</option> : null}
              {dataset.columns.map((c) => (
                <option key={c.index} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
            <p id="target-reason" className="field-help">
              {planState.targetReason}
            </p>
          </div>

          <fieldset className="radio-group">
            <legend>Task</legend>
            {TASKS.map(({ task, label, hint }) => (
              <label key={task} className="radio">
                <input
                  type="radio"
                  name="task"
                  value={task}
                  checked={plan.task === task}
                  onChange={() => onTask(task)}
                  aria-describedby="task-reason"
                />
                <span>
                  {label} <span className="muted">({hint})</span>
                  {planState.proposedTask === task ? <span className="badge">proposed</span> : null}
                </span>
              </label>
            ))}
            <p id="task-reason" className="field-help">
              {planState.taskReason}
              {plan.task !== planState.proposedTask ? ' You chose the other task; the app will say if it contradicts the target.' : ''}
            </p>
          </fieldset>

          <fieldset className="checkbox-group">
            <legend>Feature columns</legend>
            <p className="field-help">The columns the network learns from. Identifiers and free text are left out.</p>
            <div className="checkbox-list">
              {dataset.columns.map((c) => {
                const isTarget = c.name === plan.target;
                const exclusion = exclusions.get(c.name);
                return (
                  <label key={c.index} className="checkbox" title={exclusion}>
                    <input
                      type="checkbox"
                      checked={features.has(c.name)}
                      disabled={isTarget}
                      onChange={(e) => onFeature(c.name, e.target.checked)}
                    />
                    <span>
                      {c.name} <span className="muted">{isTarget ? '(target)' : `(${c.kind})`}</span>
                      {exclusion && !isTarget ? <span className="badge badge-warn">suggested exclusion</span> : null}
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        </fieldset>

        <section className="card" aria-labelledby="shape-title">
          <h2 id="shape-title">What the network gets</h2>
          {analysis.problems.map((p, i) => (
            <ErrorMessage key={`${p.code}-${i}`} error={p} onFix={disabled ? undefined : onFix} />
          ))}
          {analysis.failure ? <ErrorMessage error={analysis.failure} /> : null}
          {shape ? (
            <>
              <p className="shape-line">
                <output aria-label="Input shape" className="shape">
                  {shape.text}
                </output>
              </p>
              <p>{shape.noneMeaning}</p>
              <p>
                <strong>{shape.sum}</strong>
              </p>
              <ul className="parts" aria-label="Where each input comes from">
                {shape.parts.map((part) => (
                  <li key={part.column}>
                    <span className="part-units">{formatInteger(part.units)}</span>
                    <span>
                      <strong>{part.column}</strong>: {withoutPrefix(part.description, part.column)}
                    </span>
                  </li>
                ))}
              </ul>
              <p className="muted">
                Rows: {formatInteger(analysis.trainRows)} to train on, {formatInteger(analysis.testRows)} held out for the
                evaluation.
              </p>
            </>
          ) : null}
          <HeadSummary head={head} onNext={onNext} />
        </section>
      </div>
    </>
  );
}

/** The table's choices on the Shape step: the target, the task and the feature columns. */
import type { FeaturePlan, Task } from '../../core/features/types';
import type { LoadedTable, PlanState } from '../app/loaded';
import type { Action } from '../app/state';

interface TablePlanPanelProps {
  readonly loaded: LoadedTable;
  readonly planState: PlanState<FeaturePlan>;
  readonly disabled: boolean;
  readonly dispatch: (action: Action) => void;
}

const TASKS: readonly { readonly task: Task; readonly label: string; readonly hint: string }[] = [
  { task: 'classification', label: 'Classification', hint: 'predict one of a few labels' },
  { task: 'regression', label: 'Regression', hint: 'predict a quantity' },
];

export function TablePlanPanel({ loaded, planState, disabled, dispatch }: TablePlanPanelProps) {
  const { dataset } = loaded;
  const { plan } = planState;
  const exclusions = new Map(dataset.suggestedExclusions.map((e) => [e.column, e.reason]));
  const features = new Set(plan.features);
  const onTarget = (target: string) => dispatch({ type: 'target-selected', target });
  const onTask = (task: Task) => dispatch({ type: 'task-selected', task });
  const onFeature = (column: string, included: boolean) => dispatch({ type: 'feature-toggled', column, included });
  return (
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
  );
}

/**
 * "What to predict" on the Shape step, for tables and sequences alike: the target column with
 * why it was proposed, and the task (classification or regression) with the proposed one marked.
 */
import type { TypedDataset } from '../../core/data/types';
import type { Task } from '../../core/features/types';
import type { PlanState } from '../app/loaded';
import type { Action } from '../app/state';

const TASKS: readonly { readonly task: Task; readonly label: string; readonly hint: string }[] = [
  { task: 'classification', label: 'Classification', hint: 'predict one of a few labels' },
  { task: 'regression', label: 'Regression', hint: 'predict a quantity' },
];

interface TargetAndTaskProps {
  readonly dataset: TypedDataset;
  readonly planState: PlanState<{ readonly target: string; readonly task: Task }>;
  readonly dispatch: (action: Action) => void;
}

export function TargetAndTask({ dataset, planState, dispatch }: TargetAndTaskProps) {
  const { plan } = planState;
  return (
    <>
      <h2>What to predict</h2>
      <div className="field">
        <label htmlFor="target-column">Target column</label>
        <select
          id="target-column"
          value={plan.target}
          aria-describedby="target-reason"
          onChange={(e) => dispatch({ type: 'target-selected', target: e.target.value })}
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
              onChange={() => dispatch({ type: 'task-selected', task })}
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
    </>
  );
}

/**
 * "What to predict" on the Shape step, for tables and sequences alike: the target column with
 * why it was proposed, and the task (classification or regression) with the proposed one marked.
 */
import type { TypedDataset } from '../../core/data/types';
import type { Task } from '../../core/features/types';
import type { PlanState } from '../app/loaded';
import type { Action } from '../app/state';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

const TASKS: readonly Task[] = ['classification', 'regression'];

interface TargetAndTaskProps {
  readonly dataset: TypedDataset;
  readonly planState: PlanState<{ readonly target: string; readonly task: Task }>;
  readonly dispatch: (action: Action) => void;
}

export function TargetAndTask({ dataset, planState, dispatch }: TargetAndTaskProps) {
  const t = useT();
  const { plan } = planState;
  return (
    <>
      <h2>{t('shape.ui.whatToPredict')}</h2>
      <div className="field">
        <label htmlFor="target-column">{t('shape.ui.targetColumn')}</label>
        <select
          id="target-column"
          value={plan.target}
          aria-describedby="target-reason"
          onChange={(e) => dispatch({ type: 'target-selected', target: e.target.value })}
        >
          {plan.target === '' ? <option value="">{t('shape.ui.chooseColumn')}</option> : null}
          {dataset.columns.map((c) => (
            <option key={c.index} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
        <p id="target-reason" className="field-help">
          <Text m={planState.targetReason} />
        </p>
      </div>

      <fieldset className="radio-group">
        <legend>{t('shape.ui.task')}</legend>
        {TASKS.map((task) => (
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
              {t('shape.ui.taskName', { task })} <span className="muted">({t('shape.ui.taskHint', { task })})</span>
              {planState.proposedTask === task ? <span className="badge">{t('shape.ui.proposed')}</span> : null}
            </span>
          </label>
        ))}
        <p id="task-reason" className="field-help">
          <Text m={planState.taskReason} />
          {plan.task !== planState.proposedTask ? ` ${t('shape.ui.otherTask')}` : ''}
        </p>
      </fieldset>
    </>
  );
}

/**
 * The sequences choices on the Shape step: the layout (one recording per example, or windows of
 * one long recording), the column that names the recordings, the column that orders the steps,
 * the label and task, the number of steps, and which columns are read at each step. Each column
 * says what it is used as and why, as core's analysis found it.
 */
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import { MAX_SEQUENCE_LENGTH, MIN_SEQUENCE_LENGTH, type SequencePlan } from '../../core/sources/sequences/types';
import type { LoadedSequences } from '../app/loaded';
import type { Action } from '../app/state';
import { NumberField } from '../components/Fields';
import { TargetAndTask } from '../shape/TargetAndTask';

interface SequencePlanPanelProps {
  readonly loaded: LoadedSequences;
  readonly analysis: PlanAnalysis;
  readonly disabled: boolean;
  readonly dispatch: (action: Action) => void;
}

const ROLE_WORDS: Readonly<Record<string, string>> = {
  id: 'recording id',
  order: 'time',
  target: 'target',
  attribute: 'per recording',
  step: 'step column',
  unused: 'not used',
};

/** The columns that can be read at each step: numbers that are not the id, the time or the target. */
function stepCandidate(role: string): boolean {
  return role === 'step' || role === 'unused';
}

export function SequencePlanPanel({ loaded, analysis, disabled, dispatch }: SequencePlanPanelProps) {
  const { dataset, planState } = loaded;
  const plan: SequencePlan = planState.plan;
  const grouped = plan.layout === 'grouped';
  const roles = new Map((analysis.columns ?? []).map((c) => [c.column, c]));
  const numberColumns = new Set(dataset.columns.filter((c) => c.kind === 'number').map((c) => c.name));
  const orderChoices = dataset.columns.filter((c) => c.kind === 'datetime' || c.kind === 'number');
  const change = (action: Action) => dispatch(action);
  return (
    <fieldset className="card plain-fieldset" disabled={disabled}>
      <h2>Recordings</h2>
      <fieldset className="radio-group">
        <legend>Layout</legend>
        <label className="radio">
          <input
            type="radio"
            name="layout"
            checked={grouped}
            onChange={() => change({ type: 'sequence-plan-changed', change: { what: 'layout', layout: 'grouped' } })}
          />
          <span>
            One recording per example <span className="muted">(rows grouped by a recording id)</span>
          </span>
        </label>
        <label className="radio">
          <input
            type="radio"
            name="layout"
            checked={!grouped}
            onChange={() => change({ type: 'sequence-plan-changed', change: { what: 'layout', layout: 'windows' } })}
          />
          <span>
            Windows of a long recording <span className="muted">(each window labelled by its last row)</span>
          </span>
        </label>
      </fieldset>

      <div className="field-row">
        <div className="field">
          <label htmlFor="sequence-id">Recording id column</label>
          <select
            id="sequence-id"
            value={plan.idColumn ?? ''}
            onChange={(e) => change({ type: 'sequence-plan-changed', change: { what: 'id', column: e.target.value === '' ? null : e.target.value } })}
          >
            <option value="">{grouped ? 'Choose a column…' : 'None (one recording)'}</option>
            {dataset.columns.map((c) => (
              <option key={c.index} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sequence-order">Time column</label>
          <select
            id="sequence-order"
            value={plan.orderColumn ?? ''}
            onChange={(e) => change({ type: 'sequence-plan-changed', change: { what: 'order', column: e.target.value === '' ? null : e.target.value } })}
          >
            <option value="">None (the file's row order)</option>
            {orderChoices.map((c) => (
              <option key={c.index} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <TargetAndTask dataset={dataset} planState={planState} dispatch={dispatch} />

      <h2>Time steps</h2>
      <div className="field-row">
        <NumberField
          label={grouped ? 'Steps per recording' : 'Window length'}
          value={plan.length}
          min={MIN_SEQUENCE_LENGTH}
          max={MAX_SEQUENCE_LENGTH}
          integer
          onChange={(steps) => change({ type: 'sequence-plan-changed', change: { what: 'length', steps } })}
          explanation={grouped ? 'Shorter recordings are padded with zeros, longer ones keep their first steps.' : 'Rows in each window.'}
        />
        {grouped ? null : (
          <NumberField
            label="Stride"
            value={plan.stride}
            min={1}
            max={plan.length}
            integer
            onChange={(steps) => change({ type: 'sequence-plan-changed', change: { what: 'stride', steps } })}
            explanation="Rows from the start of one window to the next: half the length makes windows overlap by half."
          />
        )}
      </div>

      <fieldset className="checkbox-group">
        <legend>Columns</legend>
        <p className="field-help">
          Step columns are read at every time step: they are the last number of the input shape. The id, the time, the target and
          columns that stay the same within a recording never are.
        </p>
        <div className="checkbox-list">
          {dataset.columns.map((c) => {
            const info = roles.get(c.name);
            const role = info?.role ?? 'unused';
            const usable = stepCandidate(role) && numberColumns.has(c.name);
            return (
              <label key={c.index} className="checkbox" title={info?.reason}>
                <input
                  type="checkbox"
                  checked={role === 'step'}
                  disabled={!usable}
                  onChange={(e) => change({ type: 'feature-toggled', column: c.name, included: e.target.checked })}
                  aria-describedby={`column-role-${c.index}`}
                />
                <span>
                  {c.name} <span className={role === 'step' ? 'badge' : 'muted'}>{ROLE_WORDS[role] ?? role}</span>
                  <span id={`column-role-${c.index}`} className="visually-hidden">
                    {info?.reason ?? ''}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </fieldset>
  );
}

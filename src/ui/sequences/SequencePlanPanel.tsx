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
import { msg } from '../../core/i18n/message';
import { useT } from '../i18n/I18nProvider';
import { TargetAndTask } from '../shape/TargetAndTask';

interface SequencePlanPanelProps {
  readonly loaded: LoadedSequences;
  readonly analysis: PlanAnalysis;
  readonly disabled: boolean;
  readonly dispatch: (action: Action) => void;
}

/** The columns that can be read at each step: numbers that are not the id, the time or the target. */
function stepCandidate(role: string): boolean {
  return role === 'step' || role === 'unused';
}

export function SequencePlanPanel({ loaded, analysis, disabled, dispatch }: SequencePlanPanelProps) {
  const t = useT();
  const { dataset, planState } = loaded;
  const plan: SequencePlan = planState.plan;
  const grouped = plan.layout === 'grouped';
  const roles = new Map((analysis.columns ?? []).map((c) => [c.column, c]));
  const numberColumns = new Set(dataset.columns.filter((c) => c.kind === 'number').map((c) => c.name));
  const orderChoices = dataset.columns.filter((c) => c.kind === 'datetime' || c.kind === 'number');
  const change = (action: Action) => dispatch(action);
  return (
    <fieldset className="card plain-fieldset" disabled={disabled}>
      <h2>{t('sources.sequences.ui.recordings')}</h2>
      <fieldset className="radio-group">
        <legend>{t('sources.sequences.ui.layout')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="layout"
            checked={grouped}
            onChange={() => change({ type: 'sequence-plan-changed', change: { what: 'layout', layout: 'grouped' } })}
          />
          <span>
            {t('sources.sequences.ui.grouped')} <span className="muted">({t('sources.sequences.ui.groupedHint')})</span>
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
            {t('sources.sequences.ui.windows')} <span className="muted">({t('sources.sequences.ui.windowsHint')})</span>
          </span>
        </label>
      </fieldset>

      <div className="field-row">
        <div className="field">
          <label htmlFor="sequence-id">{t('sources.sequences.ui.idColumn')}</label>
          <select
            id="sequence-id"
            value={plan.idColumn ?? ''}
            onChange={(e) => change({ type: 'sequence-plan-changed', change: { what: 'id', column: e.target.value === '' ? null : e.target.value } })}
          >
            <option value="">{grouped ? t('shape.ui.chooseColumn') : t('sources.sequences.ui.noId')}</option>
            {dataset.columns.map((c) => (
              <option key={c.index} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sequence-order">{t('sources.sequences.ui.timeColumn')}</label>
          <select
            id="sequence-order"
            value={plan.orderColumn ?? ''}
            onChange={(e) => change({ type: 'sequence-plan-changed', change: { what: 'order', column: e.target.value === '' ? null : e.target.value } })}
          >
            <option value="">{t('sources.sequences.ui.noTime')}</option>
            {orderChoices.map((c) => (
              <option key={c.index} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <TargetAndTask dataset={dataset} planState={planState} dispatch={dispatch} />

      <h2>{t('sources.sequences.ui.timeSteps')}</h2>
      <div className="field-row">
        <NumberField
          draftId="shape.sequences.length"
          step="shape"
          label={msg('sources.sequences.ui.length', { layout: plan.layout })}
          value={plan.length}
          min={MIN_SEQUENCE_LENGTH}
          max={MAX_SEQUENCE_LENGTH}
          integer
          onChange={(steps) => change({ type: 'sequence-plan-changed', change: { what: 'length', steps } })}
          explanation={t('sources.sequences.ui.lengthHelp', { layout: plan.layout })}
        />
        {grouped ? null : (
          <NumberField
            draftId="shape.sequences.stride"
            step="shape"
            label={msg('sources.sequences.ui.stride')}
            value={plan.stride}
            min={1}
            max={plan.length}
            integer
            onChange={(steps) => change({ type: 'sequence-plan-changed', change: { what: 'stride', steps } })}
            explanation={t('sources.sequences.ui.strideHelp')}
          />
        )}
      </div>

      <fieldset className="checkbox-group">
        <legend>{t('sources.sequences.ui.columns')}</legend>
        <p className="field-help">{t('sources.sequences.ui.columnsHelp')}</p>
        <div className="checkbox-list">
          {dataset.columns.map((c) => {
            const info = roles.get(c.name);
            const role = info?.role ?? 'unused';
            const usable = stepCandidate(role) && numberColumns.has(c.name);
            return (
              <label key={c.index} className="checkbox" title={info ? t(info.reason) : undefined}>
                <input
                  type="checkbox"
                  checked={role === 'step'}
                  disabled={!usable}
                  onChange={(e) => change({ type: 'feature-toggled', column: c.name, included: e.target.checked })}
                  aria-describedby={`column-role-${c.index}`}
                />
                <span>
                  {c.name} <span className={role === 'step' ? 'badge' : 'muted'}>{t('sources.sequences.ui.role', { role })}</span>
                  <span id={`column-role-${c.index}`} className="visually-hidden">
                    {info ? t(info.reason) : ''}
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

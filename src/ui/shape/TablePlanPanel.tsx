/** The table's choices on the Shape step: the target, the task and the feature columns. */
import type { FeaturePlan } from '../../core/features/types';
import type { LoadedTable, PlanState } from '../app/loaded';
import type { Action } from '../app/state';
import { useT } from '../i18n/I18nProvider';
import { TargetAndTask } from './TargetAndTask';

interface TablePlanPanelProps {
  readonly loaded: LoadedTable;
  readonly planState: PlanState<FeaturePlan>;
  readonly disabled: boolean;
  readonly dispatch: (action: Action) => void;
}

export function TablePlanPanel({ loaded, planState, disabled, dispatch }: TablePlanPanelProps) {
  const { dataset } = loaded;
  const { plan } = planState;
  const t = useT();
  const exclusions = new Map(dataset.suggestedExclusions.map((e) => [e.column, e.reason]));
  const features = new Set(plan.features);
  const onFeature = (column: string, included: boolean) => dispatch({ type: 'feature-toggled', column, included });
  return (
    <fieldset className="card plain-fieldset" disabled={disabled}>
      <TargetAndTask dataset={dataset} planState={planState} dispatch={dispatch} />

      <fieldset className="checkbox-group">
        <legend>{t('shape.ui.features')}</legend>
        <p className="field-help">{t('shape.ui.featuresHelp')}</p>
        <div className="checkbox-list">
          {dataset.columns.map((c) => {
            const isTarget = c.name === plan.target;
            const exclusion = exclusions.get(c.name);
            return (
              <label key={c.index} className="checkbox" title={exclusion ? t(exclusion) : undefined}>
                <input
                  type="checkbox"
                  checked={features.has(c.name)}
                  disabled={isTarget}
                  onChange={(e) => onFeature(c.name, e.target.checked)}
                />
                <span>
                  {c.name} <span className="muted">{t('shape.ui.columnKind', { kind: isTarget ? 'target' : c.kind })}</span>
                  {exclusion && !isTarget ? <span className="badge badge-warn">{t('shape.ui.suggestedExclusion')}</span> : null}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </fieldset>
  );
}

/**
 * The Shape step for every kind of data: the kind's own choices on the left (a table's target
 * and features, an image size, a sequence layout), and on the right what the network gets, as
 * core's analysis of the plan says.
 */
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import type { Message } from '../../core/i18n/message';
import type { Loaded } from '../app/loaded';
import type { Action } from '../app/state';
import { ImagePlanPanel } from '../images/ImagePlanPanel';
import { SequencePlanPanel } from '../sequences/SequencePlanPanel';
import { useT } from '../i18n/I18nProvider';
import { InputShapeCard, type SplitNote } from './InputShapeCard';
import { TablePlanPanel } from './TablePlanPanel';

interface ShapeStepProps {
  readonly loaded: Loaded;
  readonly analysis: PlanAnalysis;
  readonly disabled: boolean;
  readonly dispatch: (action: Action) => void;
  readonly onNext: () => void;
  /** Why Next leads nowhere useful yet (a problem of the plan, a field's text); null when it does. */
  readonly nextBlocker?: Message | null;
}

export function ShapeStep({ loaded, analysis, disabled, dispatch, onNext, nextBlocker = null }: ShapeStepProps) {
  const t = useT();
  const onFix = (action: string) => dispatch({ type: 'plan-fix-applied', action });
  let panel;
  let splitNote: SplitNote | undefined;
  switch (loaded.kind) {
    case 'table':
      panel = loaded.planState ? <TablePlanPanel loaded={loaded} planState={loaded.planState} disabled={disabled} dispatch={dispatch} /> : null;
      break;
    case 'images':
      panel = <ImagePlanPanel images={loaded.images} analysis={analysis} disabled={disabled} onPlan={(patch) => dispatch({ type: 'image-plan-changed', patch })} />;
      splitNote = 'images';
      break;
    case 'sequences':
      panel = <SequencePlanPanel loaded={loaded} analysis={analysis} disabled={disabled} dispatch={dispatch} />;
      splitNote = loaded.planState.plan.layout;
      break;
  }
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">{t('shape.ui.heading')}</h1>
        <p className="lede">{t('shape.ui.lede', { kind: loaded.kind })}</p>
      </header>
      <div className="two-columns">
        {panel}
        <InputShapeCard analysis={analysis} disabled={disabled} onFix={onFix} onNext={onNext} nextBlocker={nextBlocker} {...(splitNote ? { splitNote } : {})} />
      </div>
    </>
  );
}

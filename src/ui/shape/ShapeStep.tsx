/**
 * The Shape step for every kind of data: the kind's own choices on the left (a table's target
 * and features, an image size, a sequence layout), and on the right what the network gets, as
 * core's analysis of the plan says.
 */
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import type { Loaded } from '../app/loaded';
import type { Action } from '../app/state';
import { ImagePlanPanel } from '../images/ImagePlanPanel';
import { SequencePlanPanel } from '../sequences/SequencePlanPanel';
import { InputShapeCard } from './InputShapeCard';
import { TablePlanPanel } from './TablePlanPanel';

interface ShapeStepProps {
  readonly loaded: Loaded;
  readonly analysis: PlanAnalysis;
  readonly disabled: boolean;
  readonly dispatch: (action: Action) => void;
  readonly onNext: () => void;
}

const LEDES: Readonly<Record<Loaded['kind'], string>> = {
  table: 'Choose what to predict and from which columns; the app works out the input shape the network gets.',
  images: 'Choose the size every image is brought to; the app works out the input shape the network gets.',
  sequences: 'Choose how rows become recordings and which columns are read at each step; the app works out the input shape the network gets.',
};

export function ShapeStep({ loaded, analysis, disabled, dispatch, onNext }: ShapeStepProps) {
  const onFix = (action: string) => dispatch({ type: 'plan-fix-applied', action });
  let panel;
  let splitNote: string | undefined;
  switch (loaded.kind) {
    case 'table':
      panel = loaded.planState ? <TablePlanPanel loaded={loaded} planState={loaded.planState} disabled={disabled} dispatch={dispatch} /> : null;
      break;
    case 'images':
      panel = <ImagePlanPanel images={loaded.images} analysis={analysis} disabled={disabled} onPlan={(patch) => dispatch({ type: 'image-plan-changed', patch })} />;
      splitNote = 'chosen at random with the seed, in the same proportion per class';
      break;
    case 'sequences':
      panel = <SequencePlanPanel loaded={loaded} analysis={analysis} disabled={disabled} dispatch={dispatch} />;
      splitNote =
        loaded.planState.plan.layout === 'grouped'
          ? 'whole recordings, at random with the seed, in the same proportion per class: no recording is on both sides'
          : 'whole blocks of rows, so that no window shares a row with a window on the other side';
      break;
  }
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">Shape</h1>
        <p className="lede">{LEDES[loaded.kind]}</p>
      </header>
      <div className="two-columns">
        {panel}
        <InputShapeCard analysis={analysis} disabled={disabled} onFix={onFix} onNext={onNext} {...(splitNote ? { splitNote } : {})} />
      </div>
    </>
  );
}

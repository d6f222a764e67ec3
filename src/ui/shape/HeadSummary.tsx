import type { HeadSpec } from '../../core/model/types';
import { headText } from '../headText';

/** The end of the Shape step, for tables and images alike: the head the task needs, then on to the model. */
export function HeadSummary({ head, onNext }: { readonly head: HeadSpec | null; readonly onNext: () => void }) {
  return (
    <>
      {head ? (
        <>
          <h2>Output layer (the head)</h2>
          <p className="head-line">
            <code>{headText(head)}</code>
          </p>
          <p>{head.reason}</p>
        </>
      ) : null}
      <div className="card-actions">
        <button type="button" className="button primary" onClick={onNext}>
          Next: Model
        </button>
      </div>
    </>
  );
}

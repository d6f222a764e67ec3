import type { TrainingState } from '../app/state';
import { formatInteger } from '../format';
import { ClassificationResult, classificationVerdict } from './ClassificationResult';
import { RegressionResult, regressionVerdict } from './RegressionResult';

interface EvaluateStepProps {
  readonly training: TrainingState;
  readonly onGoToTrain: () => void;
}

export function EvaluateStep({ training, onGoToTrain }: EvaluateStepProps) {
  const e = training.evaluation;
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">Evaluate</h1>
        <p className="lede">How the trained network does on held-out rows it never saw during training, next to a trivial baseline.</p>
      </header>
      {e ? (
        <section className="card" aria-labelledby="verdict">
          <p id="verdict" className="verdict">
            {e.task === 'classification' ? classificationVerdict(e) : regressionVerdict(e)}
          </p>
          <p className="muted">
            Scored on {formatInteger(e.rows)} held-out rows
            {training.plan ? ` of “${training.plan.target}”` : ''}.
          </p>
          {e.task === 'classification' ? <ClassificationResult e={e} /> : <RegressionResult e={e} />}
        </section>
      ) : (
        <section className="card">
          <p className="empty-hint">
            {training.status === 'running' || training.status === 'stopping'
              ? 'Training is still running; the evaluation appears here when it ends.'
              : 'Nothing to evaluate yet: train a model first.'}
          </p>
          <button type="button" className="button primary" onClick={onGoToTrain}>
            Go to Train
          </button>
        </section>
      )}
    </>
  );
}

import type { TrainingState } from '../app/state';
import { formatInteger } from '../format';
import { ClassificationResult, classificationVerdict } from './ClassificationResult';
import type { EvaluationExamples } from './examples';
import { RegressionResult, regressionVerdict } from './RegressionResult';

interface EvaluateStepProps {
  readonly training: TrainingState;
  readonly onGoToTrain: () => void;
  /** The run's held-out examples, described from the data loaded now (for the confusion matrix's cells). */
  readonly examples?: EvaluationExamples | null;
}

export function EvaluateStep({ training, onGoToTrain, examples }: EvaluateStepProps) {
  const e = training.evaluation;
  const unit = training.prepared?.unit ?? 'rows';
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">Evaluate</h1>
        <p className="lede">How the trained network does on held-out {unit} it never saw during training, next to a trivial baseline.</p>
      </header>
      {e ? (
        <section className="card" aria-labelledby="verdict">
          <p id="verdict" className="verdict">
            {e.task === 'classification' ? classificationVerdict(e) : regressionVerdict(e)}
          </p>
          <p className="muted">
            Scored on {formatInteger(e.rows)} held-out {unit}
            {training.plan ? ` of “${training.plan.target}”` : ''}.
          </p>
          {e.task === 'classification' ? <ClassificationResult e={e} unit={unit} examples={examples ?? null} /> : <RegressionResult e={e} />}
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

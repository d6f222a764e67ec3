import type { TrainingState } from '../app/state';
import { formatInteger } from '../format';
import { ClassificationResult, classificationVerdict, type EvaluationImages } from './ClassificationResult';
import { RegressionResult, regressionVerdict } from './RegressionResult';

interface EvaluateStepProps {
  readonly training: TrainingState;
  readonly onGoToTrain: () => void;
  /** The image files of the run, when it trained on images (for the confusion matrix's cells). */
  readonly files?: ReadonlyMap<string, Blob> | null;
}

export function EvaluateStep({ training, onGoToTrain, files }: EvaluateStepProps) {
  const e = training.evaluation;
  const testPaths = training.prepared?.image?.testPaths;
  const images: EvaluationImages | null = files && testPaths ? { files, testPaths } : null;
  const unit = training.prepared?.image ? 'images' : 'rows';
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
          {e.task === 'classification' ? <ClassificationResult e={e} images={images} /> : <RegressionResult e={e} />}
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

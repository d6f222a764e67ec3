import type { TrainingState } from '../app/state';
import { stillImproving } from '../../core/evaluate/linear-verdict';
import { msg } from '../../core/i18n/message';
import { useT } from '../i18n/I18nProvider';
import { quoteInput } from '../../core/errors';
import { ClassificationResult, classificationVerdict } from './ClassificationResult';
import type { EvaluationExamples } from './examples';
import { RegressionResult, regressionVerdict } from './RegressionResult';

interface EvaluateStepProps {
  readonly training: TrainingState;
  readonly onGoToTrain: () => void;
  /** The next step: the model tried on new examples (the Use step). */
  readonly onUse?: () => void;
  /** The run's held-out examples, described from the data loaded now (for the confusion matrix's cells). */
  readonly examples?: EvaluationExamples | null;
}

export function EvaluateStep({ training, onGoToTrain, onUse, examples }: EvaluateStepProps) {
  const t = useT();
  const e = training.evaluation;
  const outcome = training.outcome;
  const improving = outcome ? stillImproving({ epochs: outcome.history.length, bestEpoch: outcome.bestEpoch, stoppedEarly: outcome.stoppedEarly }) : false;
  const unit = training.prepared?.unit ?? 'rows';
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">{t('evaluate.step.title')}</h1>
        <p className="lede">{t('evaluate.step.lede', { unit: msg('evaluate.unit', { unit }) })}</p>
      </header>
      {e ? (
        <section className="card" aria-labelledby="verdict">
          <p id="verdict" className="verdict">
            {e.task === 'classification' ? classificationVerdict(e) : regressionVerdict(e)}
          </p>
          <p className="muted">
            {/* An image folder's target is the app's own name for the sub-folders ("class"), not a column the user named. */}
            {training.plan && unit !== 'images'
              ? t('evaluate.scoredOnTarget', { heldOut: msg('evaluate.heldOutCount', { unit, count: e.rows }), target: quoteInput(training.plan.target) })
              : t('evaluate.scoredOn', { heldOut: msg('evaluate.heldOutCount', { unit, count: e.rows }) })}
          </p>
          {e.task === 'classification' ? (
            <ClassificationResult e={e} unit={unit} examples={examples ?? null} improving={improving} />
          ) : (
            <RegressionResult e={e} unit={unit} improving={improving} />
          )}
          {onUse ? (
            <div className="card-actions">
              <button type="button" className="button primary" onClick={onUse}>
                {t('use.next')}
              </button>
            </div>
          ) : null}
        </section>
      ) : (
        <section className="card">
          <p className="empty-hint">
            {training.status === 'running' || training.status === 'stopping' ? t('evaluate.stillTraining') : t('evaluate.nothingYet')}
          </p>
          <button type="button" className="button primary" onClick={onGoToTrain}>
            {t('evaluate.goToTrain')}
          </button>
        </section>
      )}
    </>
  );
}

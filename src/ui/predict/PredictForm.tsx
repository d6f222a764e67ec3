/** One row typed in: a field per column the model reads (numbers as inputs, categories as choices). */
import { useId, useMemo, useState } from 'react';
import { toAppErrorInfo, type AppErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import { datasetFromFormValues, predictionForm, type PredictionTable } from '../../core/experiment/predict';
import { NO_PREDICTION_CODES } from '../../core/experiment/predict-guards';
import type { Preprocessing } from '../../core/features/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { errorText } from '../i18n/error-text';
import { PredictionResult } from './PredictionResult';
import type { Prediction } from './usePredictor';

/** Numbers start at the training mean (what a missing value becomes too); categories at their first value. */
export function initialFormValues(pre: Preprocessing): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of predictionForm(pre)) {
    if (field.kind === 'category') {
      values[field.column] = field.choices?.[0] ?? '';
    } else {
      const slot = pre.slots.find((s) => s.kind === 'scaled' && s.column === field.column);
      values[field.column] = slot?.kind === 'scaled' ? String(Number(slot.mean.toPrecision(4))) : '';
    }
  }
  return values;
}

interface PredictFormProps {
  readonly pre: Preprocessing;
  readonly predict: (dataset: ReturnType<typeof datasetFromFormValues>, withCsv: boolean) => Promise<Prediction>;
}

export function PredictForm({ pre, predict }: PredictFormProps) {
  const t = useT();
  const base = useId();
  const fields = useMemo(() => predictionForm(pre), [pre]);
  const [values, setValues] = useState<Record<string, string>>(() => initialFormValues(pre));
  const [result, setResult] = useState<PredictionTable | null>(null);
  const [problems, setProblems] = useState<readonly AppErrorInfo[]>([]);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const prediction = await predict(datasetFromFormValues(pre, values), false);
      setResult(prediction.table);
      // The row's own note says why it got no prediction; the file-style summary would repeat it.
      setProblems(prediction.problems.filter((p) => !NO_PREDICTION_CODES.has(p.code)));
    } catch (err) {
      setResult(null);
      setError(toAppErrorInfo(err, msg('predict.form.failed')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="predict-form"
      aria-label={t('predict.form.label')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="predict-fields">
        {fields.map((f, i) => {
          const id = `${base}-${i}`;
          return (
            <div className="field" key={f.column}>
              <label htmlFor={id}>{f.column}</label>
              {f.kind === 'category' ? (
                <select id={id} value={values[f.column] ?? ''} onChange={(e) => setValues({ ...values, [f.column]: e.target.value })}>
                  {(f.choices ?? []).map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                  <option value="">{t('predict.form.missingChoice')}</option>
                </select>
              ) : (
                <input
                  id={id}
                  type="text"
                  inputMode="decimal"
                  value={values[f.column] ?? ''}
                  placeholder={t('predict.form.missingPlaceholder')}
                  onChange={(e) => setValues({ ...values, [f.column]: e.target.value })}
                />
              )}
            </div>
          );
        })}
      </div>
      <p className="muted">
        <Text m="predict.form.emptyHint" />
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        <Text m={busy ? 'predict.form.predicting' : 'predict.form.predict'} />
      </button>
      {error ? <ErrorMessage error={error} /> : null}
      {result ? <PredictionResult table={result} target={pre.target} /> : null}
      {problems.map((p, i) => (
        <p key={i} className="warning-line">
          {errorText(t, p)}
        </p>
      ))}
    </form>
  );
}

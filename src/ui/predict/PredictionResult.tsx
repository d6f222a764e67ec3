/** One row's prediction: the class with a bar per class probability, or the value in the target's units; or why there is none. */
import type { PredictionTable } from '../../core/experiment/predict';
import { formatNumber, formatPercent } from '../format';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { rankedClasses, type RankedClass } from './ranked';

/** A bar per class, most likely first, the predicted class marked in words as well as in weight. */
export function ProbabilityBars({ classes }: { readonly classes: readonly RankedClass[] }) {
  const t = useT();
  return (
    <table className="probability-bars" aria-label={t('predict.result.probabilities')}>
      <tbody>
        {classes.map((c) => {
          const p = Number.isFinite(c.probability) ? Math.max(0, Math.min(1, c.probability)) : 0;
          return (
            <tr key={c.label} className={c.predicted ? 'top' : undefined}>
              <th scope="row" title={c.label}>
                <span className="class-name">{c.label}</span>
                {c.predicted ? (
                  <>
                    {' '}
                    <span className="predicted-tag">
                      <Text m="use.result.predictedTag" />
                    </span>
                  </>
                ) : null}
              </th>
              <td className="bar-cell">
                <div className="bar" style={{ width: `${p * 100}%` }} aria-hidden="true" />
              </td>
              <td className="num">{formatPercent(c.probability)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function PredictionResult({ table, target }: { readonly table: PredictionTable; readonly target: string }) {
  const predicted = table.predicted[0] ?? '';
  const note = table.notes[0] ?? null;
  if (note !== null) {
    return (
      <p className="prediction-value unpredicted" role="status">
        <Text m={note} />
      </p>
    );
  }
  if (table.task === 'regression' || !table.probabilities || !table.classes) {
    const value = table.values?.[0];
    return (
      <p className="prediction-value" role="status">
        <Text m="predict.result.predicted" params={{ target }} /> <strong>{value === undefined ? predicted : formatNumber(value, 4)}</strong>
      </p>
    );
  }
  return (
    <div role="status">
      <p className="prediction-value">
        <Text m="predict.result.predicted" params={{ target }} /> <strong>{predicted}</strong>
      </p>
      <ProbabilityBars classes={rankedClasses(table, 0)} />
    </div>
  );
}

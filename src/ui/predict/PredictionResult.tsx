/** One row's prediction: the class with a bar per class probability, or the value in the target's units; or why there is none. */
import type { PredictionTable } from '../../core/experiment/predict';
import { formatNumber, formatPercent } from '../format';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

export function PredictionResult({ table, target }: { readonly table: PredictionTable; readonly target: string }) {
  const t = useT();
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
  const probabilities = table.probabilities;
  const classes = table.classes;
  return (
    <div role="status">
      <p className="prediction-value">
        <Text m="predict.result.predicted" params={{ target }} /> <strong>{predicted}</strong>
      </p>
      <table className="probability-bars" aria-label={t('predict.result.probabilities')}>
        <tbody>
          {classes.map((c, k) => {
            const p = probabilities[k] ?? 0;
            return (
              <tr key={c} className={c === predicted ? 'top' : undefined}>
                <th scope="row">{c}</th>
                <td className="bar-cell">
                  <div className="bar" style={{ width: `${Math.max(0, Math.min(1, p)) * 100}%` }} aria-hidden="true" />
                </td>
                <td className="num">{formatPercent(p)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

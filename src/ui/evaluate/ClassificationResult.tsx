import { useState, type ReactNode } from 'react';
import type { ClassificationEvaluation } from '../../core/evaluate/types';
import { msg, type Message } from '../../core/i18n/message';
import { formatInteger, formatPercent, formatScore } from '../format';
import { ConfusionMatrix, needsWideMatrix } from './ConfusionMatrix';
import type { ExampleUnit } from '../../core/sources/kind';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { CellExamples } from './CellExamples';
import { LinearVerdict } from './LinearBaseline';
import type { CellChoice, EvaluationExamples } from './examples';

export function classificationVerdictMessage(e: ClassificationEvaluation): Message {
  const params = { net: e.accuracy, base: e.baseline.accuracy };
  if (e.accuracy > e.baseline.accuracy) return msg('evaluate.verdict.classification.beats', params);
  return msg('evaluate.verdict.classification.notBeats', { ...params, label: e.baseline.label });
}

/** The verdict in the UI's language. */
export function classificationVerdict(e: ClassificationEvaluation): ReactNode {
  return <Text m={classificationVerdictMessage(e)} />;
}

/**
 * The matrix in words, for those who cannot see its shading: its size, how many held-out examples
 * sit on the diagonal, and the most frequent mistake.
 */
export function confusionSummary(e: ClassificationEvaluation, unit: ExampleUnit): Message[] {
  let correct = 0;
  let mistake: { actual: number; predicted: number; count: number } | null = null;
  for (const [actual, row] of e.confusion.entries()) {
    for (const [predicted, count] of row.entries()) {
      if (actual === predicted) correct += count;
      else if (count > 0 && (mistake === null || count > mistake.count)) mistake = { actual, predicted, count };
    }
  }
  const heldOut = msg('evaluate.heldOutCount', { unit, count: e.rows });
  const lines = [msg('evaluate.confusion.summary', { classes: e.classes.length, heldOut, correct, accuracy: e.accuracy })];
  if (mistake) {
    lines.push(
      msg('evaluate.confusion.summaryMistake', {
        actual: e.classes[mistake.actual] ?? '',
        predicted: e.classes[mistake.predicted] ?? '',
        count: mistake.count,
      }),
    );
  }
  return lines;
}

function PerClassTable({ e }: { readonly e: ClassificationEvaluation }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table aria-label={t('evaluate.perClass.table')} className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('evaluate.metric.class')}</th>
            <th scope="col" className="num">
              {t('evaluate.metric.precision')}
            </th>
            <th scope="col" className="num">
              {t('evaluate.metric.recall')}
            </th>
            <th scope="col" className="num">
              {t('evaluate.metric.f1')}
            </th>
            <th scope="col" className="num">
              {t('evaluate.metric.support')}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.perClass.map((c) => (
            <tr key={c.label}>
              <th scope="row">{c.label}</th>
              <td className="num">{formatScore(c.precision)}</td>
              <td className="num">{formatScore(c.recall)}</td>
              <td className="num">{formatScore(c.f1)}</td>
              <td className="num">{formatInteger(c.support)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('evaluate.metric.macroF1')}</th>
            <td className="num" colSpan={3}>
              {formatScore(e.macroF1)}
            </td>
            <td className="num">{formatInteger(e.rows)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

interface ClassificationResultProps {
  readonly e: ClassificationEvaluation;
  /** What one held-out example is, for the words. */
  readonly unit: ExampleUnit;
  /** The held-out examples, when they can be shown: each cell of the matrix then opens its own. */
  readonly examples?: EvaluationExamples | null;
  /** The network was still improving when its training ended (the linear comparison then says to train longer). */
  readonly improving?: boolean;
}

export function ClassificationResult({ e, unit, examples, improving = false }: ClassificationResultProps) {
  const t = useT();
  const [cell, setCell] = useState<CellChoice | null>(null);
  const units = msg('evaluate.unit', { unit });
  return (
    <>
      <div className="headline-row">
        <div className="metric">
          <span className="metric-name">{t('evaluate.metric.accuracy')}</span>
          <span className="metric-value">{formatPercent(e.accuracy)}</span>
        </div>
        <div className="metric baseline">
          <span className="metric-name">{t('evaluate.metric.baselineAlways', { label: e.baseline.label })}</span>
          <span className="metric-value">{formatPercent(e.baseline.accuracy)}</span>
        </div>
        {e.linear ? (
          <div className="metric baseline" data-testid="linear-baseline">
            <span className="metric-name">{t('evaluate.linear.label')}</span>
            <span className="metric-value">{formatPercent(e.linear.accuracy)}</span>
          </div>
        ) : null}
      </div>
      <LinearVerdict e={e} improving={improving} />
      {/* More than a few classes: the matrix takes the card's width, the per-class table goes below it. */}
      <div className={needsWideMatrix(e) ? 'evaluate-columns stacked' : 'two-columns evaluate-columns'}>
        <section aria-labelledby="confusion-title">
          <h3 id="confusion-title">{t('evaluate.confusion.title')}</h3>
          <p className="muted">
            {t('evaluate.confusion.help')}
            {examples ? ` ${t('evaluate.confusion.clickHint', { unit: units })}` : ''}
          </p>
          <ConfusionMatrix
            e={e}
            unit={unit}
            caption={confusionSummary(e, unit).map((line) => t(line)).join(' ')}
            onCell={examples ? setCell : undefined}
            chosen={cell}
          />
        </section>
        <section aria-labelledby="per-class-title">
          <h3 id="per-class-title">{t('evaluate.perClass.title')}</h3>
          <p className="muted">{t('evaluate.perClass.help', { unit: units })}</p>
          <PerClassTable e={e} />
        </section>
      </div>
      {examples && cell ? <CellExamples e={e} cell={cell} examples={examples} onClose={() => setCell(null)} /> : null}
    </>
  );
}

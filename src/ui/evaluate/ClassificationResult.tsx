import { useState } from 'react';
import type { ClassificationEvaluation } from '../../core/evaluate/types';
import { formatInteger, formatPercent, formatPercentRounded, formatScore } from '../format';
import type { ExampleUnit } from '../../core/sources/kind';
import { CellExamples } from './CellExamples';
import { unitWord, type CellChoice, type EvaluationExamples } from './examples';

export function classificationVerdict(e: ClassificationEvaluation): string {
  const net = formatPercentRounded(e.accuracy);
  const base = formatPercentRounded(e.baseline.accuracy);
  if (e.accuracy > e.baseline.accuracy) return `The network beats the baseline: ${net} vs ${base}.`;
  return `The network does not beat the baseline (${net} vs ${base}): it has not learned more than “always ${e.baseline.label}”. Try more epochs, other features or a higher learning rate.`;
}

interface ConfusionMatrixProps {
  readonly e: ClassificationEvaluation;
  /** When set, each cell is a button that shows its examples. */
  readonly onCell?: ((cell: CellChoice) => void) | undefined;
  readonly chosen?: CellChoice | null;
}

const UNIT_HEADERS: Readonly<Record<ExampleUnit, string>> = { rows: 'Rows', images: 'Images', recordings: 'Recordings', windows: 'Windows' };

function ConfusionMatrix({ e, onCell, chosen, unit }: ConfusionMatrixProps & { readonly unit: ExampleUnit }) {
  return (
    <div className="table-scroll">
      <table aria-label="Confusion matrix" className="data-table confusion">
        <thead>
          <tr>
            <th scope="col" className="corner">
              Actual ↓ / Predicted →
            </th>
            {e.classes.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
            <th scope="col" className="num">
              {UNIT_HEADERS[unit]}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.confusion.map((row, actual) => {
            const total = row.reduce((a, b) => a + b, 0);
            return (
              <tr key={actual}>
                <th scope="row">{e.classes[actual]}</th>
                {row.map((count, predicted) => {
                  const share = total > 0 ? count / total : 0;
                  const correct = actual === predicted;
                  // Shade by the row share: the diagonal in blue, mistakes in amber.
                  const colour = correct ? `rgba(37, 99, 235, ${0.08 + share * 0.5})` : `rgba(217, 119, 6, ${share > 0 ? 0.08 + share * 0.5 : 0})`;
                  const content = (
                    <>
                      <span className="cell-count">{formatInteger(count)}</span>
                      <span className="cell-share">{formatPercent(share, 0)}</span>
                    </>
                  );
                  const isChosen = chosen?.actual === actual && chosen.predicted === predicted;
                  return (
                    <td key={predicted} className="cell" style={{ background: colour }}>
                      {onCell ? (
                        <button
                          type="button"
                          className={isChosen ? 'cell-button chosen' : 'cell-button'}
                          aria-pressed={isChosen}
                          aria-label={`Show ${unit}: actual ${e.classes[actual] ?? ''}, predicted ${e.classes[predicted] ?? ''}, ${formatInteger(count)} ${unitWord(unit, count)}`}
                          onClick={() => onCell({ actual, predicted })}
                        >
                          {content}
                        </button>
                      ) : (
                        content
                      )}
                    </td>
                  );
                })}
                <td className="num muted">{formatInteger(total)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function PerClassTable({ e }: { readonly e: ClassificationEvaluation }) {
  return (
    <div className="table-scroll">
      <table aria-label="Per-class metrics" className="data-table">
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col" className="num">
              Precision
            </th>
            <th scope="col" className="num">
              Recall
            </th>
            <th scope="col" className="num">
              F1
            </th>
            <th scope="col" className="num">
              Support
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
            <th scope="row">Macro average F1</th>
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
}

export function ClassificationResult({ e, unit, examples }: ClassificationResultProps) {
  const [cell, setCell] = useState<CellChoice | null>(null);
  return (
    <>
      <div className="headline-row">
        <div className="metric">
          <span className="metric-name">Accuracy</span>
          <span className="metric-value">{formatPercent(e.accuracy)}</span>
        </div>
        <div className="metric baseline">
          <span className="metric-name">Baseline (always “{e.baseline.label}”)</span>
          <span className="metric-value">{formatPercent(e.baseline.accuracy)}</span>
        </div>
      </div>
      <div className="two-columns evaluate-columns">
        <section aria-labelledby="confusion-title">
          <h3 id="confusion-title">Confusion matrix</h3>
          <p className="muted">
            Rows are the actual class, columns the predicted one; each cell gives the count and the share of its row.
            {examples ? ` Click a cell to see its ${unit}.` : ''}
          </p>
          <ConfusionMatrix e={e} onCell={examples ? setCell : undefined} chosen={cell} unit={unit} />
        </section>
        <section aria-labelledby="per-class-title">
          <h3 id="per-class-title">Per class</h3>
          <p className="muted">
            Precision: of the {unit} predicted as this class, the share that were. Recall: of the {unit} of this class, the share
            found. F1 combines both. Support: held-out {unit} of this class.
          </p>
          <PerClassTable e={e} />
        </section>
      </div>
      {examples && cell ? <CellExamples e={e} cell={cell} examples={examples} onClose={() => setCell(null)} /> : null}
    </>
  );
}

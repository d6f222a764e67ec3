/**
 * The right half of the Shape step for every kind of data: the problems of the plan, the input
 * shape with what each of its numbers is and where the last axis' numbers come from, how many
 * examples train and are held out, and the head the task needs.
 */
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import type { ExampleUnit } from '../../core/sources/kind';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatInteger } from '../format';
import { HeadSummary } from './HeadSummary';

interface InputShapeCardProps {
  readonly analysis: PlanAnalysis;
  readonly disabled: boolean;
  readonly onFix: (action: string) => void;
  readonly onNext: () => void;
  /** How the held-out examples are chosen, in one clause: "at random with the seed, in the same proportion per class". */
  readonly splitNote?: string;
}

const UNIT_WORDS: Readonly<Record<ExampleUnit, string>> = {
  rows: 'Rows',
  images: 'Images',
  recordings: 'Recordings',
  windows: 'Windows',
};

/** Core's part descriptions may start with the column name, which the list already shows in bold. */
function withoutPrefix(description: string, column: string): string {
  const prefix = `${column}: `;
  return description.startsWith(prefix) ? description.slice(prefix.length) : description;
}

export function InputShapeCard({ analysis, disabled, onFix, onNext, splitNote }: InputShapeCardProps) {
  const { shape, head } = analysis;
  return (
    <section className="card" aria-labelledby="shape-title">
      <h2 id="shape-title">What the network gets</h2>
      {analysis.problems.map((p, i) => (
        <ErrorMessage key={`${p.code}-${i}`} error={p} onFix={disabled ? undefined : onFix} />
      ))}
      {shape ? (
        <>
          <p className="shape-line">
            <output aria-label="Input shape" className="shape">
              {shape.text}
            </output>
          </p>
          <ul className="parts" aria-label="What each number is">
            {shape.axes.map((axis, i) => (
              <li key={`${axis.symbol}-${i}`}>
                <span className="part-units">{axis.value === null ? 'None' : formatInteger(axis.value)}</span>
                <span>
                  {axis.symbol !== 'None' && axis.symbol !== String(axis.value) ? <strong>{axis.symbol}: </strong> : null}
                  {axis.description}
                </span>
              </li>
            ))}
          </ul>
          <p>{shape.noneMeaning}</p>
          <p>
            <strong>{shape.sum}</strong>
          </p>
          {shape.parts.length > 0 ? (
            <ul className="parts" aria-label="Where each input comes from">
              {shape.parts.map((part) => (
                <li key={part.column}>
                  <span className="part-units">{formatInteger(part.units)}</span>
                  <span>
                    <strong>{part.column}</strong>: {withoutPrefix(part.description, part.column)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {shape.notes.map((note) => (
            <p key={note} className="field-help">
              {note}
            </p>
          ))}
          <p className="muted">
            {UNIT_WORDS[analysis.unit]}: {formatInteger(analysis.trainCount)} to train on, {formatInteger(analysis.testCount)} held out for the
            evaluation{splitNote ? ` (${splitNote})` : ''}.
          </p>
        </>
      ) : null}
      {analysis.notes.length > 0 ? (
        <ul className="warnings" aria-label="Notes on the data">
          {analysis.notes.map((note, i) => (
            <li key={`${note.code}-${i}`} className="warning">
              {note.message}
            </li>
          ))}
        </ul>
      ) : null}
      <HeadSummary head={head} onNext={onNext} />
    </section>
  );
}

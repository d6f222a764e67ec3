/**
 * The right half of the Shape step for every kind of data: the problems of the plan, the input
 * shape with what each of its numbers is and where the last axis' numbers come from, how many
 * examples train and are held out, and the head the task needs.
 */
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import type { Message } from '../../core/i18n/message';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatInteger } from '../format';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/error-text';
import { Text } from '../i18n/Text';
import { HeadSummary } from './HeadSummary';

/** How the held-out examples are chosen: at random per class (images), by recording, or by blocks of rows. */
export type SplitNote = 'images' | 'grouped' | 'windows';

interface InputShapeCardProps {
  readonly analysis: PlanAnalysis;
  readonly disabled: boolean;
  readonly onFix: (action: string) => void;
  readonly onNext: () => void;
  readonly nextBlocker?: Message | null;
  readonly splitNote?: SplitNote;
}

export function InputShapeCard({ analysis, disabled, onFix, onNext, nextBlocker = null, splitNote }: InputShapeCardProps) {
  const t = useT();
  const { shape, head } = analysis;
  return (
    <section className="card" aria-labelledby="shape-title">
      <h2 id="shape-title">{t('shape.ui.title')}</h2>
      {analysis.problems.map((p, i) => (
        <ErrorMessage key={`${p.code}-${i}`} error={p} onFix={disabled ? undefined : onFix} />
      ))}
      {shape ? (
        <>
          <p className="shape-line">
            <output aria-label={t('shape.ui.inputShape')} className="shape">
              {shape.text}
            </output>
          </p>
          <ul className="parts" aria-label={t('shape.ui.axes')}>
            {shape.axes.map((axis, i) => (
              <li key={`${axis.symbol}-${i}`}>
                <span className="part-units">{axis.value === null ? 'None' : formatInteger(axis.value)}</span>
                <span>
                  {axis.symbol !== 'None' && axis.symbol !== String(axis.value) ? <strong>{axis.symbol}: </strong> : null}
                  <Text m={axis.description} />
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Text m={shape.noneMeaning} />
          </p>
          <p>
            <strong>
              <Text m={shape.sum} />
            </strong>
          </p>
          {shape.parts.length > 0 ? (
            <ul className="parts" aria-label={t('shape.ui.parts')}>
              {shape.parts.map((part) => (
                <li key={part.column}>
                  <span className="part-units">{formatInteger(part.units)}</span>
                  <span>
                    <strong>{part.column}</strong>: <Text m={part.description} />
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {shape.notes.map((note, i) => (
            <p key={`${note.code}-${i}`} className="field-help">
              <Text m={note} />
            </p>
          ))}
          <p className="muted">
            {t('shape.ui.counts', { unit: analysis.unit, train: analysis.trainCount, test: analysis.testCount, split: splitNote ?? 'none' })}
          </p>
        </>
      ) : null}
      {analysis.notes.length > 0 ? (
        <ul className="warnings" aria-label={t('shape.ui.notes')}>
          {analysis.notes.map((note, i) => (
            <li key={`${note.code}-${i}`} className="warning">
              {errorText(t, note)}
            </li>
          ))}
        </ul>
      ) : null}
      <HeadSummary head={head} onNext={onNext} nextBlocker={nextBlocker} />
    </section>
  );
}

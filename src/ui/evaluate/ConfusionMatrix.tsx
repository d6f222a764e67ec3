/**
 * The confusion matrix as a table: a cell per (actual, predicted) pair, shaded by its share of
 * the row. Up to a dozen classes fit the card at 1280×800 (narrow cells, class names cut with an
 * ellipsis and given whole in a tooltip); a larger matrix scrolls inside its own box, with the
 * class names of rows and columns held in place and a hint that says there is more to the right.
 */
import { useCallback, useEffect, useRef, useState, type RefCallback } from 'react';
import type { ClassificationEvaluation } from '../../core/evaluate/types';
import { msg } from '../../core/i18n/message';
import type { ExampleUnit } from '../../core/sources/kind';
import { formatInteger, formatPercent } from '../format';
import { useT } from '../i18n/I18nProvider';
import type { CellChoice } from './examples';
import './confusion.css';

/**
 * Whether the matrix needs the card's whole width rather than half of it: more than three
 * classes, or class names too long for half a card.
 */
export function needsWideMatrix(e: ClassificationEvaluation): boolean {
  return e.classes.length > 3 || e.classes.some((c) => c.length > 10);
}

/** Whether the box scrolls sideways, and whether its right end is in view. */
interface Overflow {
  readonly scrolls: boolean;
  readonly atEnd: boolean;
}

function useHorizontalOverflow(): [RefCallback<HTMLDivElement>, Overflow] {
  const [overflow, setOverflow] = useState<Overflow>({ scrolls: false, atEnd: true });
  const element = useRef<HTMLDivElement | null>(null);
  const measure = useCallback(() => {
    const box = element.current;
    if (!box) return;
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    const atEnd = box.scrollLeft + box.clientWidth >= box.scrollWidth - 2;
    setOverflow((old) => (old.scrolls === scrolls && old.atEnd === atEnd ? old : { scrolls, atEnd }));
  }, []);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback(
    (box: HTMLDivElement | null) => {
      observer.current?.disconnect();
      element.current?.removeEventListener('scroll', measure);
      element.current = box;
      if (!box) return;
      box.addEventListener('scroll', measure, { passive: true });
      if (typeof ResizeObserver !== 'undefined') {
        observer.current = new ResizeObserver(measure);
        observer.current.observe(box);
        const table = box.firstElementChild;
        if (table) observer.current.observe(table);
      }
      measure();
    },
    [measure],
  );
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, overflow];
}

interface ConfusionMatrixProps {
  readonly e: ClassificationEvaluation;
  readonly unit: ExampleUnit;
  /** The matrix in words, for the table's caption. */
  readonly caption: string;
  /** When set, each cell is a button that shows its examples. */
  readonly onCell?: ((cell: CellChoice) => void) | undefined;
  readonly chosen?: CellChoice | null;
}

export function ConfusionMatrix({ e, unit, caption, onCell, chosen }: ConfusionMatrixProps) {
  const t = useT();
  const [scrollRef, overflow] = useHorizontalOverflow();
  const classes = e.classes.length;
  const size = classes > 12 ? 'large' : classes > 3 ? 'medium' : 'small';
  // Narrow columns read long class names better turned on their side.
  const rotated = size !== 'small' && e.classes.some((c) => c.length > 4);
  return (
    <div className="confusion-frame">
      {overflow.scrolls ? (
        <p className="confusion-scroll-hint" data-testid="confusion-scroll-hint">
          {t('evaluate.confusion.scrollHint', { classes })}
        </p>
      ) : null}
      <div className={overflow.scrolls && !overflow.atEnd ? 'confusion-scroll-wrap fades' : 'confusion-scroll-wrap'}>
        <div
          ref={scrollRef}
          className={`table-scroll confusion-scroll confusion-${size}${rotated ? ' rotated' : ''}`}
          // A box that scrolls sideways must be reachable by keyboard to be scrolled.
          tabIndex={overflow.scrolls ? 0 : undefined}
          role={overflow.scrolls ? 'region' : undefined}
          aria-label={overflow.scrolls ? t('evaluate.confusion.title') : undefined}
        >
          <table aria-label={t('evaluate.confusion.title')} className="data-table confusion">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="corner">
                  {t('evaluate.confusion.corner')}
                </th>
                {e.classes.map((c) => (
                  <th scope="col" key={c} className="class-col" title={c}>
                    <span className="class-name">{c}</span>
                  </th>
                ))}
                <th scope="col" className="num total-col">
                  {t('evaluate.unitCapital', { unit })}
                </th>
              </tr>
            </thead>
            <tbody>
              {e.confusion.map((row, actual) => {
                const total = row.reduce((a, b) => a + b, 0);
                const name = e.classes[actual] ?? '';
                return (
                  <tr key={actual}>
                    <th scope="row" className="class-row" title={name}>
                      <span className="class-name">{name}</span>
                    </th>
                    {row.map((count, predicted) => {
                      const share = total > 0 ? count / total : 0;
                      const correct = actual === predicted;
                      // Shade by the row share: the diagonal in blue, mistakes in amber.
                      const colour = correct ? `rgba(37, 99, 235, ${0.08 + share * 0.5})` : `rgba(217, 119, 6, ${share > 0 ? 0.08 + share * 0.5 : 0})`;
                      const content = (
                        <>
                          <span className="cell-count">{formatInteger(count)}</span>{' '}
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
                              // The name starts with what the cell shows, so that speech input finds it by its words.
                              aria-label={t('evaluate.confusion.cell', {
                                unit: msg('evaluate.unit', { unit }),
                                actual: name,
                                predicted: e.classes[predicted] ?? '',
                                count: formatInteger(count),
                                share: formatPercent(share, 0),
                              })}
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
      </div>
    </div>
  );
}

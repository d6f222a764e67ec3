/**
 * The layer stack as Keras' model.summary() table, one group of rows per layer: name and type,
 * output shape, Param #, the buttons that move, copy and delete it; under it the arithmetic
 * in words (glossary terms as buttons) and any advice. A row is selected by a click or its
 * name button, reordered by dragging it or with Alt+↑/↓ (handled by the step).
 */
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { LayerReport, LayerSpec, ModelFix, ModelReport } from '../../core/model/designer-types';
import { shapeText } from '../../core/model/format';
import { glossaryEntry } from '../../core/model/glossary';
import type { Message } from '../../core/i18n/message';
import type { Translator } from '../../core/i18n/translate';
import { formatInteger } from '../format';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { AdviceBlock } from './AdviceBlock';
import type { DesignerAction } from './designer';
import { BatchSizeField } from './BatchSizeField';
import { GlossaryTerm } from './Glossary';

interface LayerStackProps {
  readonly layers: readonly LayerSpec[];
  readonly report: ModelReport;
  readonly selected: number | null;
  readonly disabled: boolean;
  /** Changes when a keyboard command has moved or removed a layer: focus follows the selection. */
  readonly focusToken: number;
  readonly dispatch: (action: DesignerAction) => void;
  /** The input's fixed batch size, if any. */
  readonly batchSize?: number;
}

/** Where a dragged row would land: before row `index`, or after the last row. */
interface DropGap {
  readonly gap: number;
}

export function LayerStack({ layers, report, selected, disabled, focusToken, dispatch, batchSize }: LayerStackProps) {
  const t = useT();
  const selectButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [drop, setDrop] = useState<DropGap | null>(null);

  useEffect(() => {
    if (focusToken === 0) return;
    const target = selected !== null ? selectButtons.current[selected] : selectButtons.current[0];
    target?.focus();
    // Only a keyboard command asks for focus; a new selection by mouse leaves it where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusToken]);

  const select = (index: number) => dispatch({ type: 'layer-selected', index });

  const onSelectKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const next = event.key === 'ArrowUp' ? index - 1 : event.key === 'ArrowDown' ? index + 1 : null;
    if (next === null || next < 0 || next >= layers.length) return;
    event.preventDefault();
    select(next);
    selectButtons.current[next]?.focus();
  };

  const gapAt = (event: DragEvent<HTMLElement>, index: number): number => {
    const rect = event.currentTarget.getBoundingClientRect();
    return event.clientY < rect.top + rect.height / 2 ? index : index + 1;
  };

  const onDrop = (event: DragEvent<HTMLElement>, index: number) => {
    event.preventDefault();
    if (dragFrom !== null) {
      const gap = gapAt(event, index);
      const to = gap > dragFrom ? gap - 1 : gap;
      if (to !== dragFrom) dispatch({ type: 'layer-moved', from: dragFrom, to });
    }
    setDragFrom(null);
    setDrop(null);
  };

  const count = layers.length;
  return (
    <div className="table-scroll stack-scroll">
      <table aria-label={t('designer.stack.table')} className="data-table summary-table layer-stack">
        <thead>
          <tr>
            <th scope="col" className="pos">
              #
            </th>
            <th scope="col">{t('designer.stack.layerColumn')}</th>
            <th scope="col">{t('designer.stack.shapeColumn')}</th>
            <th scope="col" className="num">
              {t('designer.stack.paramsColumn')}
            </th>
            <th scope="col" className="actions-col">
              <span className="visually-hidden">{t('designer.stack.actionsColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="input-group">
          <tr className="layer-row input-row">
            <td className="pos" />
            <th scope="row">{t('designer.stack.input')}</th>
            <td>
              <code>{shapeText(report.inputShape)}</code>
            </td>
            <td className="num">{formatInteger(0)}</td>
            <td />
          </tr>
          <tr className="explain-row">
            <td />
            <td colSpan={4}>
              <div className="explain-line">
                {batchSize === undefined ? <Text m="designer.stack.inputExplained" /> : <Text m="designer.stack.inputFixedBatch" params={{ size: batchSize }} />}
              </div>
              <BatchSizeField batchSize={batchSize} disabled={disabled} dispatch={dispatch} />
            </td>
          </tr>
        </tbody>
        {layers.map((layer, index) => {
          const layerReport = report.layers[index];
          const classes = ['layer-group'];
          if (index === selected) classes.push('selected');
          if (layerReport?.advice.some((a) => a.severity === 'error')) classes.push('has-error');
          else if (layerReport?.advice.length) classes.push('has-warning');
          if (dragFrom === index) classes.push('dragging');
          if (drop?.gap === index) classes.push('drop-before');
          if (drop?.gap === index + 1 && index === count - 1) classes.push('drop-after');
          return (
            <tbody
              key={index}
              className={classes.join(' ')}
              onDragOver={(event) => {
                if (dragFrom === null) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                const gap = gapAt(event, index);
                if (drop?.gap !== gap) setDrop({ gap });
              }}
              onDrop={(event) => onDrop(event, index)}
            >
              <tr
                className="layer-row"
                draggable={!disabled}
                onClick={() => select(index)}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', `layer ${index + 1}`);
                  setDragFrom(index);
                  select(index);
                }}
                onDragEnd={() => {
                  setDragFrom(null);
                  setDrop(null);
                }}
              >
                <td className="pos">{index + 1}</td>
                <th scope="row">
                  <button
                    ref={(el) => {
                      selectButtons.current[index] = el;
                    }}
                    type="button"
                    className="layer-select"
                    aria-pressed={index === selected}
                    onKeyDown={(event) => onSelectKey(event, index)}
                  >
                    <span className="layer-name">{layerReport?.name ?? layer.type}</span>{' '}
                    <span className="layer-class">({layerReport?.className ?? layer.type})</span>
                  </button>
                  <AdviceBadge report={layerReport} />
                </th>
                <td>
                  <code>{layerReport?.outputShape ? shapeText(layerReport.outputShape) : '—'}</code>
                </td>
                <td className="num">{layerReport?.outputShape ? formatInteger(layerReport.params) : '—'}</td>
                <td className="row-actions">
                  <RowButtons index={index} count={count} disabled={disabled} dispatch={dispatch} />
                </td>
              </tr>
              <tr className="explain-row" onClick={() => select(index)}>
                <td />
                <td colSpan={4}>
                  <Explanation report={layerReport} />
                  {layerReport?.advice.map((advice) => (
                    <AdviceBlock
                      key={advice.code}
                      advice={advice}
                      position={index + 1}
                      disabled={disabled}
                      onFix={(fix: ModelFix) => dispatch({ type: 'fix-applied', fix })}
                    />
                  ))}
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

function AdviceBadge({ report }: { readonly report: LayerReport | undefined }) {
  const t = useT();
  if (!report || report.advice.length === 0) return null;
  const error = report.advice.some((a) => a.severity === 'error');
  return <span className={error ? 'advice-badge error' : 'advice-badge warning'}>{t(error ? 'designer.stack.badgeError' : 'designer.stack.badgeWarning')}</span>;
}

/** The glossary entries of `terms` that none of the lines links, so that each stays one click away. */
export function termsNotLinked(t: Translator, lines: readonly Message[], terms: readonly string[]): string[] {
  const key = (term: string): string => glossaryEntry(term)?.term ?? term;
  const linked = new Set(lines.flatMap((line) => t.parts(line).flatMap((part) => (part.kind === 'term' ? [key(part.term)] : []))));
  return [...new Set(terms.filter((term) => glossaryEntry(term)).map(key))].filter((term) => !linked.has(term));
}

function termTitle(t: Translator, term: string): string {
  const entry = glossaryEntry(term);
  return entry ? t(entry.title) : term;
}

function Explanation({ report }: { readonly report: LayerReport | undefined }) {
  const t = useT();
  if (!report) return null;
  if (!report.inputShape) {
    return <div className="explain-line muted">{t('designer.stack.shapesLater')}</div>;
  }
  const extra = termsNotLinked(t, report.explanation, report.terms);
  return (
    <>
      {report.explanation.map((line, i) => (
        <div key={i} className="explain-line">
          <Text m={line} />
        </div>
      ))}
      {extra.length > 0 ? (
        <div className="explain-line muted">
          {t('designer.stack.terms')}{' '}
          {extra.map((term, i) => (
            <span key={term}>
              {i > 0 ? ', ' : ''}
              <GlossaryTerm term={term} text={termTitle(t, term)} />
            </span>
          ))}
        </div>
      ) : null}
    </>
  );
}

interface RowButtonsProps {
  readonly index: number;
  readonly count: number;
  readonly disabled: boolean;
  readonly dispatch: (action: DesignerAction) => void;
}

/** 16×16 line icons, drawn rather than taken from a font that may lack the glyph. */
const ICONS = {
  up: 'M8 13V3M3.5 7.5 8 3l4.5 4.5',
  down: 'M8 3v10M3.5 8.5 8 13l4.5-4.5',
  duplicate: 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7',
  delete: 'M4 4l8 8M12 4l-8 8',
} as const;

function Icon({ name }: { readonly name: keyof typeof ICONS }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function RowButtons({ index, count, disabled, dispatch }: RowButtonsProps) {
  const t = useT();
  const n = index + 1;
  const buttons = [
    { label: t('designer.stack.moveUp', { n }), icon: 'up', enabled: index > 0, action: { type: 'layer-moved', from: index, to: index - 1 } },
    { label: t('designer.stack.moveDown', { n }), icon: 'down', enabled: index < count - 1, action: { type: 'layer-moved', from: index, to: index + 1 } },
    { label: t('designer.stack.duplicate', { n }), icon: 'duplicate', enabled: true, action: { type: 'layer-duplicated', index } },
    { label: t('designer.stack.delete', { n }), icon: 'delete', enabled: true, action: { type: 'layer-removed', index } },
  ] as const;
  return (
    <div className="row-buttons">
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          className="icon-button"
          aria-label={b.label}
          title={b.label}
          disabled={disabled || !b.enabled}
          onClick={(event) => {
            event.stopPropagation();
            dispatch(b.action);
          }}
        >
          <Icon name={b.icon} />
        </button>
      ))}
    </div>
  );
}

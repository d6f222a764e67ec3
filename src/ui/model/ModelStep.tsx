/**
 * The Model step: the model designer. The layer stack with live shapes, parameters, the
 * arithmetic and advice; the selected layer's settings; the Keras code; templates, the
 * catalogue, undo/redo and the model spec file. Every change is a DesignerAction.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Host } from '../../host/contract';
import type { ModelAnalysis } from '../app/analysis';
import type { HeadSpec } from '../../core/model/types';
import { firstError } from '../app/rail';
import { ErrorMessage } from '../components/ErrorMessage';
import { NextButton } from '../components/NextButton';
import { Tabs } from '../components/Tabs';
import { formatInteger } from '../format';
import { msg, type Message } from '../../core/i18n/message';
import { templatesFor } from '../../core/model/templates';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import { AddLayerMenu } from './AddLayerMenu';
import { GlossaryLinks } from './Glossary';
import { HeadNote } from './HeadNote';
import { canRedo, canUndo, type DesignerAction, type DesignerState } from './designer';
import type { ModelContext } from '../../core/model/designer-types';
import { KerasCode } from './KerasCode';
import { LayerForm } from './LayerForm';
import { LayerStack } from './LayerStack';
import { command, shortcutAction } from './shortcuts';
import { TemplatesMenu } from './TemplatesMenu';
import { useSpecFile } from './useSpecFile';
import { RestoreDesign } from './ReplacedDesign';
import type { ReplacedDesign } from '../app/state';

interface ModelStepProps {
  readonly designer: DesignerState;
  /** The data's input shape and head, as the Shape step has them now. */
  readonly context: ModelContext | null;
  /** The head the data calls for (from the table's plan or the images' task). */
  readonly head: HeadSpec | null;
  readonly model: ModelAnalysis;
  readonly disabled: boolean;
  readonly host: Pick<Host, 'saveTextFile' | 'openTextFile'>;
  readonly dispatch: (action: DesignerAction) => void;
  readonly onNext: () => void;
  /** Why Next leads nowhere useful yet (a layer to fix, a field's text); null when it does. */
  readonly nextBlocker?: Message | null;
  /** A hand-made design that opening other data replaced, and the way to bring it back. */
  readonly replaced?: ReplacedDesign | null;
  readonly onRestore?: () => void;
}

type SideTab = 'layer' | 'code';

/** Focus in a field or an open panel keeps its own keys (Ctrl+Z in a text field, Delete, Alt+↓ on a select). */
function ownsKeys(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, select, textarea, [popover]') !== null;
}

export function ModelStep({ designer, context, head, model, disabled, host, dispatch, onNext, nextBlocker = null, replaced = null, onRestore }: ModelStepProps) {
  const t = useT();
  const [tab, setTab] = useState<SideTab>('layer');
  const [focusToken, setFocusToken] = useState(0);
  const spec = useSpecFile(host, context, designer.draft, dispatch);
  const { report } = model;
  const { layers } = designer.draft;
  const selected = designer.selected;
  const templates = useMemo(() => (context ? templatesFor(context) : []), [context]);

  useEffect(() => {
    if (disabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsKeys(event.target)) return;
      // Keys pressed on the step rail or elsewhere outside the designer are not the designer's.
      const target = event.target;
      if (target instanceof Element && target !== document.body && !target.closest('.designer')) return;
      const action = shortcutAction(event, designer);
      if (!action) return;
      event.preventDefault();
      dispatch(action);
      if (action.type === 'layer-moved' || action.type === 'layer-removed') setFocusToken((t) => t + 1);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [designer, dispatch, disabled]);

  const selectedReport = selected !== null ? report?.layers[selected] : undefined;
  const where =
    selected !== null
      ? msg('designer.addLayer.after', { n: selected + 1, name: selectedReport?.name ?? layers[selected]?.type ?? '' })
      : msg(layers.length > 0 ? 'designer.addLayer.beforeHead' : 'designer.addLayer.empty');
  const problem = report ? firstError(report) : null;
  const undo = command('undo');
  const redo = command('redo');
  const selectedLayer = selected !== null ? layers[selected] : undefined;

  const errorCount = report ? report.layers.filter((l) => l.advice.some((a) => a.severity === 'error')).length : 0;

  return (
    <GlossaryLinks>
      <div className="designer">
        <header className="step-header">
          <h1 id="step-title">{t('designer.step.title')}</h1>
          <p className="lede">{t('designer.step.lede')}</p>
        </header>

        <div className="toolbar designer-toolbar">
          <AddLayerMenu where={where} disabled={disabled || !report} onAdd={(layerType) => dispatch({ type: 'layer-added', layerType })} />
          <TemplatesMenu templates={templates} disabled={disabled} onChoose={(templateId) => dispatch({ type: 'template-chosen', templateId })} />
          <span className="toolbar-gap" />
          <button type="button" className="button" disabled={disabled || !canUndo(designer)} title={t('designer.toolbar.shortcut', { label: t(undo.label), keys: undo.keys })} onClick={() => dispatch({ type: 'undo' })}>
            {t('designer.toolbar.undo')}
          </button>
          <button type="button" className="button" disabled={disabled || !canRedo(designer)} title={t('designer.toolbar.redoShortcut', { label: t(redo.label), keys: redo.keys, other: 'Ctrl+Y' })} onClick={() => dispatch({ type: 'redo' })}>
            {t('designer.toolbar.redo')}
          </button>
          <span className="toolbar-gap" />
          <button type="button" className="button" disabled={!context || layers.length === 0} onClick={() => void spec.save()}>
            {t('designer.toolbar.saveSpec')}
          </button>
          <button type="button" className="button" disabled={disabled || !context} onClick={() => void spec.open()}>
            {t('designer.toolbar.openSpec')}
          </button>
        </div>
        <p className="toolbar-status" role="status">
          {spec.notice.map((sentence, i) => (
            <span key={i}>
              {i > 0 ? ' ' : ''}
              <Text m={sentence} />
            </span>
          ))}
        </p>
        {spec.error ? <ErrorMessage error={spec.error} onDismiss={spec.dismissError} /> : null}
        {replaced && onRestore ? <RestoreDesign replaced={replaced} disabled={disabled} onRestore={onRestore} /> : null}

        {!report ? (
          <section className="card">
            {model.failure ? <ErrorMessage error={model.failure} /> : null}
            <p className="empty-hint">{t('designer.step.waitingForShape')}</p>
          </section>
        ) : (
          <div className="designer-columns">
            <section className="card stack-card" aria-labelledby="stack-title">
              <div className="card-title-row">
                <h2 id="stack-title">{t('designer.stack.title')}</h2>
                <p className={problem ? 'model-status invalid' : 'model-status valid'} role="status">
                  <span aria-hidden="true">{problem ? '✖ ' : '✔ '}</span>
                  {problem ? t('designer.status.needsFix', { count: errorCount }) : t('designer.status.valid', { count: layers.length })}
                </p>
              </div>
              <LayerStack
                layers={layers}
                report={report}
                selected={selected}
                disabled={disabled}
                focusToken={focusToken}
                dispatch={dispatch}
                {...(designer.draft.batchSize !== undefined ? { batchSize: designer.draft.batchSize } : {})}
              />
              <dl className="totals">
                <div>
                  <dt>{t('designer.totals.total')}</dt>
                  <dd>{formatInteger(report.totalParams)}</dd>
                </div>
                <div>
                  <dt>{t('designer.totals.trainable')}</dt>
                  <dd>{formatInteger(report.trainableParams)}</dd>
                </div>
                <div>
                  <dt>{t('designer.totals.nonTrainable')}</dt>
                  <dd>{formatInteger(report.nonTrainableParams)}</dd>
                </div>
              </dl>
              {head ? <HeadNote head={head} layers={layers} disabled={disabled} dispatch={dispatch} /> : null}
              <div className="card-actions">
                <NextButton label={t('designer.step.next')} blocker={nextBlocker} onNext={onNext} />
              </div>
            </section>

            <section className="card side-card" aria-label={t('designer.side.label')}>
              <Tabs
                label={t('designer.side.tabs')}
                current={tab}
                onSelect={setTab}
                tabs={[
                  {
                    id: 'layer',
                    label: t('designer.side.layerTab'),
                    content:
                      selected !== null && selectedLayer ? (
                        <LayerForm
                          key={`${selected}-${selectedLayer.type}`}
                          index={selected}
                          layer={selectedLayer}
                          report={selectedReport}
                          disabled={disabled}
                          onChange={(args) => dispatch({ type: 'layer-args-set', index: selected, args })}
                        />
                      ) : (
                        <div className="layer-form-empty">
                          <p>{t('designer.side.selectLayer')}</p>
                          <ul className="key-hints">
                            <li>
                              <kbd>Alt</kbd>+<kbd>↑</kbd> / <kbd>↓</kbd>
                              {t('designer.hint.move')}
                            </li>
                            <li>
                              <kbd>Delete</kbd>
                              {t('designer.hint.delete')}
                              <kbd>Ctrl</kbd>+<kbd>Z</kbd>
                              {t('designer.hint.undo')}
                              <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Z</kbd>
                              {t('designer.hint.redo')}
                            </li>
                          </ul>
                        </div>
                      ),
                  },
                  { id: 'code', label: t('designer.side.codeTab'), content: <KerasCode code={model.kerasCode} /> },
                ]}
              />
            </section>
          </div>
        )}
      </div>
    </GlossaryLinks>
  );
}

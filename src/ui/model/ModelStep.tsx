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
import { Tabs } from '../components/Tabs';
import { formatInteger } from '../format';
import { templatesFor } from '../../core/model/templates';
import { AddLayerMenu } from './AddLayerMenu';
import { HeadNote } from './HeadNote';
import { canRedo, canUndo, type DesignerAction, type DesignerState } from './designer';
import type { ModelContext } from '../../core/model/designer-types';
import { KerasCode } from './KerasCode';
import { LayerForm } from './LayerForm';
import { LayerStack } from './LayerStack';
import { command, shortcutAction } from './shortcuts';
import { TemplatesMenu } from './TemplatesMenu';
import { useSpecFile } from './useSpecFile';

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
}

type SideTab = 'layer' | 'code';

/** Focus in a field or an open panel keeps its own keys (Ctrl+Z in a text field, Delete, Alt+↓ on a select). */
function ownsKeys(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, select, textarea, [popover]') !== null;
}

export function ModelStep({ designer, context, head, model, disabled, host, dispatch, onNext }: ModelStepProps) {
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
      ? `after layer ${selected + 1} (${selectedReport?.name ?? layers[selected]?.type ?? ''})`
      : layers.length > 0
        ? 'before the output layer'
        : 'to the empty model';
  const problem = report ? firstError(report) : null;
  const undo = command('undo');
  const redo = command('redo');
  const selectedLayer = selected !== null ? layers[selected] : undefined;

  return (
    <div className="designer">
      <header className="step-header">
        <h1 id="step-title">Model</h1>
        <p className="lede">
          Build the network layer by layer. Each layer shows the shape it outputs, how many numbers it learns, and the arithmetic
          behind both.
        </p>
      </header>

      <div className="toolbar designer-toolbar">
        <AddLayerMenu where={where} disabled={disabled || !report} onAdd={(layerType) => dispatch({ type: 'layer-added', layerType })} />
        <TemplatesMenu templates={templates} disabled={disabled} onChoose={(templateId) => dispatch({ type: 'template-chosen', templateId })} />
        <span className="toolbar-gap" />
        <button type="button" className="button" disabled={disabled || !canUndo(designer)} title={`${undo.label} (${undo.keys})`} onClick={() => dispatch({ type: 'undo' })}>
          Undo
        </button>
        <button type="button" className="button" disabled={disabled || !canRedo(designer)} title={`${redo.label} (${redo.keys} or Ctrl+Y)`} onClick={() => dispatch({ type: 'redo' })}>
          Redo
        </button>
        <span className="toolbar-gap" />
        <button type="button" className="button" disabled={!context || layers.length === 0} onClick={() => void spec.save()}>
          Save model spec…
        </button>
        <button type="button" className="button" disabled={disabled || !context} onClick={() => void spec.open()}>
          Open model spec…
        </button>
      </div>
      <p className="toolbar-status" role="status">
        {spec.notice}
      </p>
      {spec.error ? <ErrorMessage error={spec.error} onDismiss={spec.dismissError} /> : null}

      {!report ? (
        <section className="card">
          {model.failure ? <ErrorMessage error={model.failure} /> : null}
          <p className="empty-hint">The layers appear once the Shape step has a valid target and features.</p>
        </section>
      ) : (
        <div className="designer-columns">
          <section className="card stack-card" aria-labelledby="stack-title">
            <div className="card-title-row">
              <h2 id="stack-title">Layers</h2>
              <p className={problem ? 'model-status invalid' : 'model-status valid'} role="status">
                <span aria-hidden="true">{problem ? '✖ ' : '✔ '}</span>
                {problem
                  ? `${report.layers.filter((l) => l.advice.some((a) => a.severity === 'error')).length === 1 ? 'A layer needs' : 'Some layers need'} a fix before training`
                  : `Valid: ${formatInteger(layers.length)} layers`}
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
                <dt>Total params</dt>
                <dd>{formatInteger(report.totalParams)}</dd>
              </div>
              <div>
                <dt>Trainable params</dt>
                <dd>{formatInteger(report.trainableParams)}</dd>
              </div>
              <div>
                <dt>Non-trainable params</dt>
                <dd>{formatInteger(report.nonTrainableParams)}</dd>
              </div>
            </dl>
            {head ? <HeadNote head={head} layers={layers} disabled={disabled} dispatch={dispatch} /> : null}
            <div className="card-actions">
              {problem ? <span className="blocker next-blocker">Training waits until the advice above is followed.</span> : null}
              <button type="button" className="button primary" onClick={onNext}>
                Next: Train
              </button>
            </div>
          </section>

          <section className="card side-card" aria-label="Layer settings and Keras code">
            <Tabs
              label="Model views"
              current={tab}
              onSelect={setTab}
              tabs={[
                {
                  id: 'layer',
                  label: 'Layer settings',
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
                        <p>Select a layer in the list to change its settings.</p>
                        <ul className="key-hints">
                          <li>
                            <kbd>Alt</kbd>+<kbd>↑</kbd> / <kbd>↓</kbd> moves the selected layer; you can also drag a row.
                          </li>
                          <li>
                            <kbd>Delete</kbd> removes it; <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes, <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Z</kbd> redoes.
                          </li>
                        </ul>
                      </div>
                    ),
                },
                { id: 'code', label: 'Keras code', content: <KerasCode code={model.kerasCode} /> },
              ]}
            />
          </section>
        </div>
      )}
    </div>
  );
}

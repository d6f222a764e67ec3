/**
 * The app shell: the step rail, the current step's panel, window-wide drag and drop, and the
 * wiring of intents to the reducer, the host and the workers. Screens only render and call back.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, type ReactNode } from 'react';
import { errorText } from '../i18n/error-text';
import { useLocale, useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { say } from '../i18n/say';
import { msg } from '../../core/i18n/message';
import { quoteInput } from '../../core/errors';
import { modelContextOf } from '../../core/pipeline/analyse';
import { planOf } from '../../core/sources/registry';
import type { Host } from '../../host/contract';
import type { RunData } from '../../workers/messages';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { StepRail } from '../components/StepRail';
import { DataStep } from '../data/DataStep';
import { EvaluateStep } from '../evaluate/EvaluateStep';
import type { EvaluationExamples } from '../evaluate/examples';
import { ModelStep } from '../model/ModelStep';
import { ShapeStep } from '../shape/ShapeStep';
import { TrainStep } from '../train/TrainStep';
import { UseStep } from '../use/UseStep';
import { CURRENT_RUN, type UseRoute } from '../use/route';
import type { DesignerAction } from '../model/designer';
import { analyseModel } from './analysis';
import { usePlanAnalysis } from './usePlanAnalysis';
import { nextBlocker, railSteps, trainingBlocker } from './rail';
import { DraftsContext, type DraftsStore } from '../components/useDraftField';
import { INITIAL_STATE, isTraining, reducer, type StepId, type TrainingState } from './state';
import { kindPlanOf, loadedName, runPlanOf, tableOf, type Loaded } from './loaded';
import { DesignReplacedNotice } from '../model/ReplacedDesign';
import { useDataActions } from './useDataActions';
import { useDataLoader } from './useDataLoader';
import { useTrainer } from './useTrainer';
import { useFileDrop } from './useFileDrop';
import { useFocusHeading } from './useFocusHeading';
import { filesByPath } from './imageState';
import { ExperimentsView } from '../experiments/ExperimentsView';
import { SavedRunNote } from '../experiments/SavedRunNote';
import { experimentStore } from '../experiments/store';
import { newRunBlocker } from '../experiments/newRun';
import type { ExperimentRecord } from '../../core/experiment/types';

export function App({ host }: { readonly host: Host }) {
  const t = useT();
  const [state, dispatch] = useReducer(reducer, INITIAL_STATE);
  const loader = useDataLoader(dispatch);
  const trainer = useTrainer(dispatch);
  const data = useDataActions(host, loader, state.loaded, dispatch);
  const training = isTraining(state);

  const goTo = useCallback((step: StepId) => dispatch({ type: 'step-selected', step }), []);

  // Opened at start-up, before any run of this window: runs left "running" by a closed window become "interrupted".
  useEffect(() => void experimentStore(), []);
  // The host's own menu and dialogs (Electron) speak the language the window does.
  const { locale } = useLocale();
  useEffect(() => host.setLocale(locale), [host, locale]);
  const openExperiment = useCallback((id: string) => dispatch({ type: 'experiments-route', route: { view: 'detail', id } }), []);
  const openUse = useCallback((route: UseRoute) => dispatch({ type: 'use-route', route }), []);

  const dragging = useFileDrop((file) => data.openFile({ name: file.name, sizeBytes: file.size, data: file }), data.dropFolder);

  // A run that is over (finished, failed, or replaced by new data) gives its worker back.
  useEffect(() => {
    if (!training) trainer.release();
  }, [training, trainer]);

  const { loaded, settings, designer } = state;
  const { seed, testFraction, learningRate, optimizer } = settings;
  // Worked out where the data is held: a table's in the parse worker (a large one takes longer than a frame).
  const { analysis: planAnalysis, pending: analysisPending } = usePlanAnalysis(loader, loaded, { seed, testFraction });
  // Before the first answer for this data, the Shape and Model steps say so; until the answer
  // for the current choices, the previous one stays on screen but training waits for it.
  const workingOut = kindPlanOf(loaded) !== null && planAnalysis === null;
  const modelContext = useMemo(() => (planAnalysis ? modelContextOf(planAnalysis) : null), [planAnalysis]);
  // The designer follows the data: new data gets its proposed model, a new target its head.
  // Before paint, so the Model step never shows a stack made for other data.
  useLayoutEffect(() => {
    if (modelContext) dispatch({ type: 'designer', action: { type: 'context-changed', context: modelContext } });
  }, [modelContext]);
  const modelAnalysis = useMemo(
    () => (planAnalysis ? analyseModel(modelContext, designer.draft, { learningRate, optimizer }) : null),
    [planAnalysis, modelContext, designer.draft, learningRate, optimizer],
  );
  const dispatchDesigner = useCallback((action: DesignerAction) => dispatch({ type: 'designer', action }), []);
  const blockerMessage = analysisPending ? msg('app.workingOut') : trainingBlocker(state, planAnalysis, modelAnalysis);
  const blocker = blockerMessage ? t(blockerMessage) : null;
  const restoreDesign = useCallback(() => dispatch({ type: 'design-restored' }), []);
  const closeDesignNotice = useCallback(() => dispatch({ type: 'design-notice-closed' }), []);
  const nextReason = (step: StepId) => nextBlocker(step, state, planAnalysis, modelAnalysis);
  const drafts: DraftsStore = useMemo(
    () => ({ drafts: state.drafts, set: (id, draft) => dispatch({ type: 'draft-changed', id, draft }) }),
    [state.drafts],
  );

  const startTraining = useCallback(() => {
    if (blocker !== null || !loaded) return;
    const table = tableOf(loaded);
    const runData = runDataOf(loaded);
    if (!runData) return;
    trainer.start(state.training.runId + 1, {
      data: runData,
      model: designer.draft,
      settings,
      backend: state.backendPreference,
      datasetPort: table ? loader.datasetPort(table) : null,
    });
  }, [blocker, loaded, designer.draft, settings, state.training.runId, state.backendPreference, trainer, loader]);

  const examples = useMemo(() => evaluationExamples(loaded, state.training.prepared), [loaded, state.training.prepared]);

  const newRunFrom = useCallback(
    async (record: ExperimentRecord): Promise<string | null> => {
      if (training) return t('app.blocker.busyTraining');
      const blocked = newRunBlocker(record, { dataset: tableOf(loaded), imageFolder: loaded?.kind === 'images' ? loaded.images.inspection.name : null });
      if (blocked) return say(t, blocked);
      dispatch({
        type: 'experiment-settings-applied',
        plan: record.plan,
        ...(record.imagePlan ? { imagePlan: record.imagePlan } : {}),
        ...(record.sequencePlan ? { sequencePlan: record.sequencePlan } : {}),
        model: record.model,
        settings: record.settings,
        source: msg('app.reason.run', { name: quoteInput(record.name) }),
      });
      return null;
    },
    [training, loaded, t],
  );

  // Focus follows the view; the window's title names it.
  const view =
    state.step === 'experiments' ? `experiments:${JSON.stringify(state.experiments)}` : state.step === 'use' ? `use:${JSON.stringify(state.use)}` : state.step;
  useFocusHeading(view);
  const stepName = t(`app.step.${state.step}`);
  useEffect(() => {
    document.title = t('app.documentTitle', { step: stepName });
  }, [t, stepName]);

  const needsData = workingOut ? (
    <section className="card" aria-busy="true">
      <p className="empty-hint">{t('app.workingOut')}</p>
    </section>
  ) : (
    <section className="card">
      <p className="empty-hint">{loaded?.kind === 'table' && loaded.planError ? errorText(t, loaded.planError) : t('app.needsData')}</p>
      <button type="button" className="button primary" onClick={() => goTo('data')}>
        {t('app.goToStep', { step: t('app.step.data') })}
      </button>
    </section>
  );

  let screen;
  switch (state.step) {
    case 'data':
      screen = (
        <DataStep
          loaded={loaded}
          analysis={planAnalysis}
          training={training}
          onReadAs={(kind) => dispatch({ type: 'data-kind-selected', kind })}
          onOpenFolder={data.openFolder}
          pathColumn={data.pathColumn}
          onUseImagePaths={data.useImagePaths}
          loading={state.loading}
          loadError={state.loadError}
          samples={data.samples}
          onOpen={() => void data.openDialog()}
          onLoadSample={(id) => void data.loadSample(id)}
          onEncoding={data.reread}
          onDismissError={() => dispatch({ type: 'load-error-dismissed' })}
          onNext={() => goTo('shape')}
          nextBlocker={nextReason('data')}
        />
      );
      break;
    case 'shape':
      screen =
        loaded && planAnalysis ? (
          <ShapeStep loaded={loaded} analysis={planAnalysis} disabled={training} dispatch={dispatch} onNext={() => goTo('model')} nextBlocker={nextReason('shape')} />
        ) : (
          <StepFrame title={stepName}>{needsData}</StepFrame>
        );
      break;
    case 'model':
      screen =
        planAnalysis && modelAnalysis ? (
          <ModelStep
            designer={designer}
            context={modelContext}
            head={planAnalysis.head}
            model={modelAnalysis}
            disabled={training}
            host={host}
            dispatch={dispatchDesigner}
            onNext={() => goTo('train')}
            nextBlocker={nextReason('model')}
            replaced={state.replacedDesign}
            onRestore={restoreDesign}
          />
        ) : (
          <StepFrame title={stepName}>{needsData}</StepFrame>
        );
      break;
    case 'train':
      screen = (
        <TrainStep
          settings={settings}
          backendPreference={state.backendPreference}
          training={state.training}
          task={state.training.plan?.task ?? runPlanOf(loaded)?.task ?? null}
          target={state.training.plan?.target ?? runPlanOf(loaded)?.target ?? ''}
          unit={state.training.prepared?.unit ?? planAnalysis?.unit ?? 'rows'}
          blocker={blocker}
          onSettings={(patch) => dispatch({ type: 'settings-changed', patch })}
          onBackend={(preference) => dispatch({ type: 'backend-preference-selected', preference })}
          onTrain={startTraining}
          onStop={trainer.stop}
          onEvaluate={() => goTo('evaluate')}
          saved={
            state.training.experiment ? (
              <SavedRunNote
                experiment={state.training.experiment}
                finished={!training && state.training.status !== 'idle'}
                onOpen={openExperiment}
              />
            ) : null
          }
        />
      );
      break;
    case 'evaluate':
      screen = <EvaluateStep training={state.training} examples={examples} onGoToTrain={() => goTo('train')} onUse={() => openUse(CURRENT_RUN)} />;
      break;
    case 'use':
      screen = <UseStep route={state.use} training={state.training} host={host} onRoute={openUse} onGoToTrain={() => goTo('train')} />;
      break;
    case 'experiments':
      screen = (
        <ExperimentsView
          route={state.experiments}
          onRoute={(route) => dispatch({ type: 'experiments-route', route })}
          host={host}
          reloadKey={`${state.training.runId}:${state.training.status}:${state.training.history.length}`}
          onNewRun={newRunFrom}
          onUse={(record) => openUse({ view: 'saved', id: record.id, name: record.name })}
        />
      );
      break;
  }

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">Layerbench</span>
        <LanguageSwitch />
      </header>
      <StepRail steps={railSteps(state, planAnalysis, modelAnalysis)} current={state.step} onSelect={goTo} />
      <main className="panel" aria-labelledby="step-title">
        <ErrorBoundary key={state.step} where="step">
          <DraftsContext.Provider value={drafts}>{screen}</DraftsContext.Provider>
        </ErrorBoundary>
      </main>
      {state.replacedDesign?.notice && !state.loading ? (
        <DesignReplacedNotice
          replaced={state.replacedDesign}
          openedName={loadedName(loaded)}
          disabled={training}
          onRestore={restoreDesign}
          onClose={closeDesignNotice}
        />
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div>{t('app.dropHere')}</div>
        </div>
      ) : null}
    </div>
  );
}

function StepFrame({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">{title}</h1>
      </header>
      {children}
    </>
  );
}

/** What the train worker needs of the loaded data: the plan, and the image files (a table comes from the parse worker). */
function runDataOf(loaded: Loaded): RunData | null {
  switch (loaded.kind) {
    case 'table':
      return loaded.planState ? { kind: 'table', plan: loaded.planState.plan } : null;
    case 'images': {
      const { images } = loaded;
      return { kind: 'images', plan: images.plan, files: images.folder.files, index: images.request, unreadable: images.inspection.skipped };
    }
    case 'sequences':
      return { kind: 'sequences', plan: loaded.planState.plan };
  }
}

/** The held-out examples of the last run, described from the data loaded now (the run's own data while its results show). */
function evaluationExamples(loaded: Loaded | null, prepared: TrainingState['prepared']): EvaluationExamples | null {
  const kindPlan = kindPlanOf(loaded);
  if (!kindPlan || !prepared || !loaded) return null;
  const bound = planOf(kindPlan);
  return {
    unit: prepared.unit,
    keys: prepared.testExamples,
    describe: (key) => bound.describe(key),
    ...(loaded.kind === 'images' ? { files: filesByPath(loaded.images.folder) } : {}),
  };
}

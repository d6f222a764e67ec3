/**
 * The app shell: the step rail, the current step's panel, window-wide drag and drop, and the
 * wiring of intents to the reducer, the host and the workers. Screens only render and call back.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { toAppErrorInfo } from '../../core/errors';
import type { Host, SampleInfo } from '../../host/contract';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { StepRail } from '../components/StepRail';
import { DataStep } from '../data/DataStep';
import { EvaluateStep } from '../evaluate/EvaluateStep';
import { ModelStep } from '../model/ModelStep';
import { ShapeStep } from '../shape/ShapeStep';
import { TrainStep } from '../train/TrainStep';
import type { DesignerAction } from '../model/designer';
import { analyseModel, modelContextOf } from './analysis';
import { usePlanAnalysis } from './usePlanAnalysis';
import { railSteps, trainingBlocker } from './rail';
import { INITIAL_STATE, isTraining, reducer, type LoadingState, type StepId } from './state';
import { useDatasetLoader, useTrainer, type FileToLoad } from './useWorkers';
import { useFileDrop } from './useFileDrop';
import { useImageLoader } from './useImageLoader';
import { filesByPath, imagePathColumn, withCsv } from './imageState';
import { readDroppedFolder, type DroppedDirectoryEntry } from './folderDrop';
import { analyseImages } from '../images/imageAnalysis';
import { ImageShapeStep } from '../images/ImageShapeStep';
import { ExperimentsView } from '../experiments/ExperimentsView';
import { SavedRunNote } from '../experiments/SavedRunNote';
import { experimentStore } from '../experiments/store';
import { newRunBlocker } from '../experiments/newRun';
import type { ExperimentRecord } from '../../core/experiment/types';

const WORKING_OUT = 'Working out the input shape…';

export function App({ host }: { readonly host: Host }) {
  const [state, dispatch] = useReducer(reducer, INITIAL_STATE);
  const [samples, setSamples] = useState<readonly SampleInfo[]>([]);
  const datasetLoader = useDatasetLoader(dispatch);
  const loadDataset = datasetLoader.load;
  const trainer = useTrainer(dispatch);
  const imageLoader = useImageLoader(dispatch);
  const training = isTraining(state);

  const goTo = useCallback((step: StepId) => dispatch({ type: 'step-selected', step }), []);

  // Opened at start-up, before any run of this window: runs left "running" by a closed window become "interrupted".
  useEffect(() => void experimentStore(), []);
  const openExperiment = useCallback((id: string) => dispatch({ type: 'experiments-route', route: { view: 'detail', id } }), []);

  // The last table file opened: a CSV of image paths is read again, with its images, from it.
  const lastTable = useRef<FileToLoad | null>(null);

  const load = useCallback(
    (file: FileToLoad, target?: LoadingState['target']) => {
      lastTable.current = file;
      dispatch({ type: 'step-selected', step: 'data' });
      imageLoader.cancel();
      loadDataset(file, target);
    },
    [loadDataset, imageLoader],
  );

  const openFolder = useCallback(() => {
    dispatch({ type: 'step-selected', step: 'data' });
    void imageLoader.load('the folder', (onProgress) => host.openImageFolder(onProgress));
  }, [host, imageLoader]);

  const pathColumn = useMemo(() => (state.dataset ? imagePathColumn(state.dataset) : null), [state.dataset]);
  const tableTarget = state.planState?.plan.target;
  const useImagePaths = useCallback(() => {
    const table = lastTable.current;
    if (!pathColumn || !table || table.name !== state.dataset?.name) return;
    const csvName = table.name;
    void imageLoader.load(
      csvName,
      async (onProgress) => {
        const folder = await host.openImageFolder(onProgress);
        return folder ? withCsv(folder, csvName, table.data) : null;
      },
      () => ({
        kind: 'csv',
        name: csvName,
        csvPath: csvName,
        pathColumn,
        ...(tableTarget && tableTarget !== pathColumn ? { target: tableTarget } : {}),
      }),
    );
  }, [host, imageLoader, pathColumn, state.dataset?.name, tableTarget]);

  const dropFolder = useCallback(
    (entry: DroppedDirectoryEntry) => {
      dispatch({ type: 'step-selected', step: 'data' });
      void imageLoader.load(entry.name, () => readDroppedFolder(entry));
    },
    [imageLoader],
  );

  const openDialog = useCallback(async () => {
    try {
      const file = await host.openDatasetDialog();
      if (file) load(file);
    } catch (err) {
      dispatch({ type: 'load-failed', error: toAppErrorInfo(err, 'The file could not be opened.') });
    }
  }, [host, load]);

  const loadSample = useCallback(
    async (id: string) => {
      const sample = samples.find((s) => s.id === id);
      if (sample?.kind === 'images') {
        dispatch({ type: 'step-selected', step: 'data' });
        void imageLoader.load(sample.title, (onProgress) => host.loadImageSample(id, onProgress));
        return;
      }
      try {
        const file = await host.loadSample(id);
        load(file, sample?.target ? { column: sample.target, source: `the sample “${sample.title}”` } : undefined);
      } catch (err) {
        dispatch({ type: 'load-failed', error: toAppErrorInfo(err, 'The sample could not be loaded.') });
      }
    },
    [host, load, samples, imageLoader],
  );

  useEffect(() => {
    let live = true;
    host
      .listSamples()
      .then((list) => {
        if (live) setSamples(list);
      })
      .catch((err: unknown) => {
        if (live) dispatch({ type: 'load-failed', error: toAppErrorInfo(err, 'The built-in samples could not be listed.') });
      });
    return () => {
      live = false;
    };
  }, [host]);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'open-dataset') void openDialog();
        if (command === 'open-image-folder') openFolder();
      }),
    [host, openDialog, openFolder],
  );

  const dragging = useFileDrop((file) => load({ name: file.name, sizeBytes: file.size, data: file }), dropFolder);

  // A run that is over (finished, failed, or replaced by a new dataset) gives its worker back.
  useEffect(() => {
    if (!training) trainer.release();
  }, [training, trainer]);

  const { dataset, planState, settings, designer, images } = state;
  const { seed, testFraction, learningRate, optimizer } = settings;
  // Worked out in the parse worker: on a large table it takes longer than a frame.
  const { analysis: planAnalysis, pending: analysisPending } = usePlanAnalysis(datasetLoader, dataset, planState?.plan ?? null, {
    seed,
    testFraction,
  });
  // Before the first answer for this dataset, the Shape and Model steps say so; until the answer
  // for the current choices, the previous one stays on screen but training waits for it.
  const workingOut = dataset !== null && planState !== null && planAnalysis === null;
  const imageAnalysis = useMemo(() => (images ? analyseImages(images, { seed, testFraction }) : null), [images, seed, testFraction]);
  const target = images?.index.targetName ?? planState?.plan.target ?? '';
  const modelContext = useMemo(
    () => (imageAnalysis ? imageAnalysis.context : planAnalysis ? modelContextOf(planAnalysis, target) : null),
    [imageAnalysis, planAnalysis, target],
  );
  // The designer follows the data: a new dataset gets its proposed model, a new target its head.
  // Before paint, so the Model step never shows a stack made for other data.
  useLayoutEffect(() => {
    if (modelContext) dispatch({ type: 'designer', action: { type: 'context-changed', context: modelContext } });
  }, [modelContext]);
  const imageFiles = useMemo(() => (images ? filesByPath(images.folder) : null), [images]);
  const dataAnalysed = planAnalysis !== null || imageAnalysis !== null;
  const modelAnalysis = useMemo(
    () => (dataAnalysed ? analyseModel(modelContext, designer.draft, { learningRate, optimizer }) : null),
    [dataAnalysed, modelContext, designer.draft, learningRate, optimizer],
  );
  const dispatchDesigner = useCallback((action: DesignerAction) => dispatch({ type: 'designer', action }), []);
  const blocker = analysisPending ? WORKING_OUT : trainingBlocker(state, planAnalysis, modelAnalysis, imageAnalysis);

  const startTraining = useCallback(() => {
    if (blocker !== null) return;
    const runId = state.training.runId + 1;
    if (images) {
      trainer.startImages(
        runId,
        { folder: images.folder, request: images.request, plan: images.plan, model: designer.draft, settings },
        state.backendPreference,
      );
    } else if (dataset && planState) {
      trainer.start(runId, { dataset, plan: planState.plan, model: designer.draft, settings }, state.backendPreference, datasetLoader.datasetPort(dataset));
    }
  }, [blocker, images, dataset, planState, designer.draft, settings, state.training.runId, state.backendPreference, trainer, datasetLoader]);

  const applyFix = useCallback((action: string) => dispatch({ type: 'plan-fix-applied', action }), []);

  const imageFolderName = images?.inspection.name ?? null;
  const newRunFrom = useCallback(
    async (record: ExperimentRecord): Promise<string | null> => {
      if (training) return 'A run is training now: wait for it to end, or stop it, first.';
      const blocked = newRunBlocker(record, { dataset, imageFolder: imageFolderName });
      if (blocked) return blocked;
      dispatch({
        type: 'experiment-settings-applied',
        plan: record.plan,
        ...(record.imagePlan ? { imagePlan: record.imagePlan } : {}),
        model: record.model,
        settings: record.settings,
        source: `the run “${record.name}”`,
      });
      return null;
    },
    [training, dataset, imageFolderName],
  );

  const needsData = workingOut ? (
    <section className="card" aria-busy="true">
      <p className="empty-hint">{WORKING_OUT}</p>
    </section>
  ) : (
    <section className="card">
      <p className="empty-hint">
        {state.planError ? state.planError.message : 'Open a dataset first: this step works on its columns.'}
      </p>
      <button type="button" className="button primary" onClick={() => goTo('data')}>
        Go to Data
      </button>
    </section>
  );

  let screen;
  switch (state.step) {
    case 'data':
      screen = (
        <DataStep
          dataset={dataset}
          images={images}
          onOpenFolder={openFolder}
          pathColumn={pathColumn}
          onUseImagePaths={useImagePaths}
          loading={state.loading}
          loadError={state.loadError}
          samples={samples}
          onOpen={() => void openDialog()}
          onLoadSample={(id) => void loadSample(id)}
          onDismissError={() => dispatch({ type: 'load-error-dismissed' })}
          onNext={() => goTo('shape')}
        />
      );
      break;
    case 'shape':
      screen =
        images && imageAnalysis ? (
          <ImageShapeStep
            images={images}
            analysis={imageAnalysis}
            disabled={training}
            onPlan={(patch) => dispatch({ type: 'image-plan-changed', patch })}
            onNext={() => goTo('model')}
          />
        ) : dataset && planState && planAnalysis ? (
          <ShapeStep
            dataset={dataset}
            planState={planState}
            analysis={planAnalysis}
            disabled={training}
            onTarget={(t) => dispatch({ type: 'target-selected', target: t })}
            onFeature={(column, included) => dispatch({ type: 'feature-toggled', column, included })}
            onTask={(task) => dispatch({ type: 'task-selected', task })}
            onFix={applyFix}
            onNext={() => goTo('model')}
          />
        ) : (
          <StepFrame title="Shape">{needsData}</StepFrame>
        );
      break;
    case 'model':
      screen =
        (planAnalysis ?? imageAnalysis) && modelAnalysis ? (
          <ModelStep
            designer={designer}
            context={modelContext}
            head={(imageAnalysis ?? planAnalysis)?.head ?? null}
            model={modelAnalysis}
            disabled={training}
            host={host}
            dispatch={dispatchDesigner}
            onNext={() => goTo('train')}
          />
        ) : (
          <StepFrame title="Model">{needsData}</StepFrame>
        );
      break;
    case 'train':
      screen = (
        <TrainStep
          settings={settings}
          backendPreference={state.backendPreference}
          training={state.training}
          task={state.training.plan?.task ?? planState?.plan.task ?? null}
          target={state.training.plan?.target ?? target}
          unit={images ? 'images' : 'rows'}
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
      screen = <EvaluateStep training={state.training} files={imageFiles} onGoToTrain={() => goTo('train')} />;
      break;
    case 'experiments':
      screen = (
        <ExperimentsView
          route={state.experiments}
          onRoute={(route) => dispatch({ type: 'experiments-route', route })}
          host={host}
          reloadKey={`${state.training.runId}:${state.training.status}:${state.training.history.length}`}
          onNewRun={newRunFrom}
        />
      );
      break;
  }

  return (
    <div className="app">
      <StepRail steps={railSteps(state, planAnalysis, modelAnalysis, imageAnalysis)} current={state.step} onSelect={goTo} />
      <main className="panel" aria-labelledby="step-title">
        <ErrorBoundary key={state.step} where="this step">
          {screen}
        </ErrorBoundary>
      </main>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <div>Drop the file to open it</div>
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

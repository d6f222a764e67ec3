import type { AppErrorInfo } from '../../core/errors';
import type { ParseProgress } from '../../core/data/types';
import type { SampleInfo } from '../../host/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { ProgressBar } from '../components/ProgressBar';
import { formatBytes, formatInteger, formatPercent } from '../format';
import type { ImageLoadProgress } from '../app/imageState';
import { loadedName, tableOf, type Loaded } from '../app/loaded';
import { ImageInspect } from '../images/ImageInspect';
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import { RecordingsPreview } from '../sequences/RecordingsPreview';
import { ColumnsTable } from './ColumnsTable';
import { ReadAs } from './ReadAs';
import { PreviewTable } from './PreviewTable';
import { TextEncoding } from './TextEncoding';
import type { EncodingName } from '../../core/data/encoding';

const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

interface DataStepProps {
  readonly loaded: Loaded | null;
  /** The analysis of the plan (sequences: which recordings to draw). */
  readonly analysis: PlanAnalysis | null;
  /** Reading a CSV as a table or as sequences is not possible while training. */
  readonly training: boolean;
  readonly onReadAs: (kind: 'table' | 'sequences') => void;
  readonly loading: {
    readonly fileName: string;
    readonly progress: ParseProgress | null;
    readonly images?: { readonly progress: ImageLoadProgress | null };
  } | null;
  readonly loadError: AppErrorInfo | null;
  readonly samples: readonly SampleInfo[];
  readonly onOpen: () => void;
  readonly onOpenFolder: () => void;
  /** A column of the table that holds image file names, offered as the images' paths. */
  readonly pathColumn?: string | null;
  readonly onUseImagePaths?: () => void;
  readonly onLoadSample: (id: string) => void;
  /** Reads the shown table's file, or the file that could not be read, again in another text encoding. */
  readonly onEncoding?: (encoding: EncodingName, which: 'shown' | 'failed') => void;
  readonly onDismissError: () => void;
  readonly onNext: () => void;
}

function loadingText(loading: NonNullable<DataStepProps['loading']>): { fraction: number | null; text: string } {
  const p = loading.progress;
  if (!p || p.totalBytes <= 0) return { fraction: null, text: `Reading ${loading.fileName}…` };
  const fraction = Math.min(1, p.bytesRead / p.totalBytes);
  return {
    fraction,
    text: `Reading ${loading.fileName}: ${formatPercent(fraction, 0)} (${formatInteger(p.rows)} rows so far)`,
  };
}

const IMAGE_PHASES: Readonly<Record<ImageLoadProgress['phase'], string>> = {
  read: 'Reading the files of',
  scan: 'Checking the images of',
  encode: 'Preparing the images of',
};

function imageLoadingText(name: string, p: ImageLoadProgress | null): { fraction: number | null; text: string } {
  if (!p || p.total <= 0) return { fraction: null, text: `Opening ${name}…` };
  const fraction = Math.min(1, p.done / p.total);
  return { fraction, text: `${IMAGE_PHASES[p.phase]} ${name}: ${formatInteger(p.done)} of ${formatInteger(p.total)}` };
}

export function DataStep(props: DataStepProps) {
  const { loaded, analysis, training, onReadAs, loading, loadError, samples, onOpen, onOpenFolder, onLoadSample, onDismissError, onNext } = props;
  const dataset = tableOf(loaded);
  const images = loaded?.kind === 'images' ? loaded.images : null;
  const { pathColumn, onUseImagePaths, onEncoding } = props;
  // Bytes that are not text in the encoding used: reading the file again in another may help.
  const encodingError = loadError?.code === 'csv/invalid-text' || loadError?.code === 'csv/unsupported-encoding';
  const progress = loading && !loading.images ? loadingText(loading) : null;
  const imageProgress = loading?.images ? imageLoadingText(loading.fileName, loading.images.progress) : null;
  const loadedFile = loadedName(loaded);
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">Data</h1>
        <p className="lede">
          Open a table (CSV or TSV) with one row per example and one column per measurement, sensor recordings or a time
          series (a CSV with one row per time step), or a folder of images with one sub-folder per class.
        </p>
      </header>

      <section className="card" aria-label="Open a dataset">
        <div className="toolbar">
          <button type="button" className="button primary" onClick={onOpen} disabled={loading !== null}>
            Open dataset…
          </button>
          <button type="button" className="button" onClick={onOpenFolder} disabled={loading !== null}>
            Open image folder…
          </button>
          {samples.map((s) => (
            <button
              type="button"
              key={s.id}
              className="button"
              onClick={() => onLoadSample(s.id)}
              disabled={loading !== null}
              title={s.description}
            >
              Load sample: {s.title}
            </button>
          ))}
        </div>
        <div className="drop-zone">
          Drop a CSV or TSV file, or a folder of images, here
        </div>
        {progress ? <ProgressBar label="Loading dataset" fraction={progress.fraction} text={progress.text} /> : null}
        {imageProgress ? <ProgressBar label="Loading images" fraction={imageProgress.fraction} text={imageProgress.text} /> : null}
        {loadError ? (
          <ErrorMessage error={loadError} onDismiss={onDismissError}>
            {encodingError && onEncoding ? (
              <TextEncoding current={null} disabled={loading !== null} onChoose={(encoding) => onEncoding(encoding, 'failed')} />
            ) : null}
            {loadedFile ? <p>“{loadedFile}”, loaded before, is still open.</p> : null}
          </ErrorMessage>
        ) : null}
      </section>

      {dataset ? (
        <>
          <section className="card" aria-labelledby="dataset-title">
            <div className="card-title-row">
              <h2 id="dataset-title">{dataset.name}</h2>
              <button type="button" className="button primary" onClick={onNext}>
                Next: Shape
              </button>
            </div>
            <p className="dataset-summary">
              <strong>
                {formatInteger(dataset.rowCount)} rows × {formatInteger(dataset.columns.length)} columns
              </strong>
              <span className="muted">
                {' '}
                · {formatBytes(dataset.sizeBytes)} · separated by {DELIMITER_NAMES[dataset.delimiter] ?? `“${dataset.delimiter}”`}
                {dataset.encoding ? ` · ${dataset.encoding.label}` : null}
              </span>
            </p>
            {dataset.encoding && onEncoding ? (
              <TextEncoding current={dataset.encoding} disabled={training || loading !== null} onChoose={(encoding) => onEncoding(encoding, 'shown')} />
            ) : null}
            {dataset.warnings.length > 0 ? (
              <ul className="warnings" aria-label="Warnings">
                {dataset.warnings.map((w, i) => (
                  <li key={i} className="warning">
                    {w.message}
                    {w.detail ? (
                      <details>
                        <summary>Details</summary>
                        <pre>{w.detail}</pre>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {loaded && loaded.kind !== 'images' ? (
              <ReadAs kind={loaded.kind} detection={loaded.detection} disabled={training || loading !== null} onKind={onReadAs} />
            ) : null}
            {pathColumn && onUseImagePaths ? (
              <div className="image-paths-offer">
                <p>
                  The column <strong>“{pathColumn}”</strong> holds image file names. To train on the images themselves, choose the
                  folder that holds them (usually the CSV’s own folder; the paths are read from there).
                </p>
                <button type="button" className="button" onClick={onUseImagePaths} disabled={loading !== null}>
                  Use column {pathColumn} as image paths
                </button>
              </div>
            ) : null}
            <h3>Columns</h3>
            <ColumnsTable dataset={dataset} />
          </section>
          {loaded?.kind === 'sequences' ? (
            <section className="card" aria-labelledby="recordings-title">
              <h2 id="recordings-title">{loaded.planState.plan.layout === 'grouped' ? 'Recordings' : 'Windows'}</h2>
              <p className="muted">
                A few examples of each {loaded.planState.plan.task === 'classification' ? 'class' : 'kind'}, one line per step column, in the
                file’s own units.
              </p>
              <RecordingsPreview loaded={loaded} analysis={analysis} />
            </section>
          ) : null}
          <section className="card" aria-labelledby="preview-title">
            <h2 id="preview-title">Preview</h2>
            <p className="muted">The opening rows of the file, exactly as written.</p>
            <PreviewTable dataset={dataset} />
          </section>
        </>
      ) : images ? (
        <ImageInspect images={images} onNext={onNext} />
      ) : !loading && !loadError ? (
        <p className="empty-hint">No dataset is open yet. Open a file or a folder of images, drop one on the window, or start with a sample.</p>
      ) : null}
    </>
  );
}

import type { AppErrorInfo } from '../../core/errors';
import { quoteInput } from '../../core/errors';
import { msg, type Message } from '../../core/i18n/message';
import type { ParseProgress } from '../../core/data/types';
import type { SampleInfo } from '../../host/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { NextButton } from '../components/NextButton';
import { ProgressBar } from '../components/ProgressBar';
import { formatBytes } from '../format';
import { errorText } from '../i18n/error-text';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';
import type { ImageLoadProgress } from '../app/imageState';
import { loadedName, tableOf, type Loaded } from '../app/loaded';
import { ImageInspect } from '../images/ImageInspect';
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import { RecordingsPreview } from '../sequences/RecordingsPreview';
import { ColumnsTable } from './ColumnsTable';
import { ReadAs } from './ReadAs';
import { PreviewTable } from './PreviewTable';
import { TextEncoding } from './TextEncoding';
import { encodingName, type EncodingName } from '../../core/data/encoding';

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
  /** Why the next step cannot go on with this data yet; null when it can. */
  readonly nextBlocker?: Message | null;
}

function loadingText(loading: NonNullable<DataStepProps['loading']>): { fraction: number | null; text: Message } {
  const p = loading.progress;
  if (!p || p.totalBytes <= 0) return { fraction: null, text: msg('data.step.reading', { file: loading.fileName }) };
  const fraction = Math.min(1, p.bytesRead / p.totalBytes);
  return { fraction, text: msg('data.step.readingProgress', { file: loading.fileName, fraction, rows: p.rows }) };
}

function imageLoadingText(name: string, p: ImageLoadProgress | null): { fraction: number | null; text: Message } {
  if (!p || p.total <= 0) return { fraction: null, text: msg('data.step.opening', { file: name }) };
  const fraction = Math.min(1, p.done / p.total);
  return { fraction, text: msg('data.step.imageProgress', { phase: p.phase, file: name, done: p.done, total: p.total }) };
}

export function DataStep(props: DataStepProps) {
  const { loaded, analysis, training, onReadAs, loading, loadError, samples, onOpen, onOpenFolder, onLoadSample, onDismissError, onNext } = props;
  const t = useT();
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
        <h1 id="step-title">{t('data.step.title')}</h1>
        <p className="lede">{t('data.step.lede')}</p>
      </header>

      <section className="card" aria-label={t('data.step.openSection')}>
        <div className="toolbar">
          <button type="button" className="button primary" onClick={onOpen} disabled={loading !== null}>
            {t('data.step.open')}
          </button>
          <button type="button" className="button" onClick={onOpenFolder} disabled={loading !== null}>
            {t('data.step.openFolder')}
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
              {t('data.step.loadSample', { title: s.title })}
            </button>
          ))}
        </div>
        <div className="drop-zone">{t('data.step.drop')}</div>
        {progress ? <ProgressBar label={t('data.step.loadingDataset')} fraction={progress.fraction} text={t(progress.text)} /> : null}
        {imageProgress ? <ProgressBar label={t('data.step.loadingImages')} fraction={imageProgress.fraction} text={t(imageProgress.text)} /> : null}
        {loadError ? (
          <ErrorMessage error={loadError} onDismiss={onDismissError}>
            {encodingError && onEncoding ? (
              <TextEncoding current={null} disabled={loading !== null} onChoose={(encoding) => onEncoding(encoding, 'failed')} />
            ) : null}
            {loadedFile ? <p>{t('data.step.stillOpen', { file: quoteInput(loadedFile) })}</p> : null}
          </ErrorMessage>
        ) : null}
      </section>

      {dataset ? (
        <>
          <section className="card" aria-labelledby="dataset-title">
            <div className="card-title-row">
              <h2 id="dataset-title">{dataset.name}</h2>
              <NextButton label={t('data.step.next')} blocker={props.nextBlocker ?? null} onNext={onNext} />
            </div>
            <p className="dataset-summary">
              <strong>{t('data.step.size', { rows: dataset.rowCount, columns: dataset.columns.length })}</strong>
              <span className="muted">
                {' '}
                · {formatBytes(dataset.sizeBytes)} ·{' '}
                {t('data.step.separator', { delimiter: DELIMITER_NAMES[dataset.delimiter] ?? 'other', symbol: quoteInput(dataset.delimiter) })}
                {dataset.encoding ? ` · ${t(encodingName(dataset.encoding.encoding))}` : null}
              </span>
            </p>
            {dataset.encoding && onEncoding ? (
              <TextEncoding current={dataset.encoding} disabled={training || loading !== null} onChoose={(encoding) => onEncoding(encoding, 'shown')} />
            ) : null}
            {dataset.warnings.length > 0 ? (
              <ul className="warnings" aria-label={t('data.step.warnings')}>
                {dataset.warnings.map((w, i) => (
                  <li key={i} className="warning">
                    {errorText(t, w)}
                    {w.detail ? (
                      <details>
                        <summary>{t('data.step.details')}</summary>
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
                <p>{t('data.step.imagePaths', { column: quoteInput(pathColumn) })}</p>
                <button type="button" className="button" onClick={onUseImagePaths} disabled={loading !== null}>
                  {t('data.step.useImagePaths', { column: pathColumn })}
                </button>
              </div>
            ) : null}
            <h3>{t('data.step.columns')}</h3>
            <ColumnsTable dataset={dataset} />
          </section>
          {loaded?.kind === 'sequences' ? (
            <section className="card" aria-labelledby="recordings-title">
              <h2 id="recordings-title">{t('data.step.examples', { layout: loaded.planState.plan.layout })}</h2>
              <p className="muted">
                <Text m="data.step.examplesHelp" params={{ task: loaded.planState.plan.task }} />
              </p>
              <RecordingsPreview loaded={loaded} analysis={analysis} />
            </section>
          ) : null}
          <section className="card" aria-labelledby="preview-title">
            <h2 id="preview-title">{t('data.step.preview')}</h2>
            <p className="muted">{t('data.step.previewHelp')}</p>
            <PreviewTable dataset={dataset} />
          </section>
        </>
      ) : images ? (
        <ImageInspect images={images} onNext={onNext} nextBlocker={props.nextBlocker ?? null} />
      ) : !loading && !loadError ? (
        <p className="empty-hint">{t('data.step.empty')}</p>
      ) : null}
    </>
  );
}

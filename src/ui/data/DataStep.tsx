import type { AppErrorInfo } from '../../core/errors';
import type { ParseProgress, TypedDataset } from '../../core/data/types';
import type { SampleInfo } from '../../host/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { ProgressBar } from '../components/ProgressBar';
import { formatBytes, formatInteger, formatPercent } from '../format';
import { ColumnsTable } from './ColumnsTable';
import { PreviewTable } from './PreviewTable';

const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

interface DataStepProps {
  readonly dataset: TypedDataset | null;
  readonly loading: { readonly fileName: string; readonly progress: ParseProgress | null } | null;
  readonly loadError: AppErrorInfo | null;
  readonly samples: readonly SampleInfo[];
  readonly onOpen: () => void;
  readonly onLoadSample: (id: string) => void;
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

export function DataStep({ dataset, loading, loadError, samples, onOpen, onLoadSample, onDismissError, onNext }: DataStepProps) {
  const progress = loading ? loadingText(loading) : null;
  return (
    <>
      <header className="step-header">
        <h1 id="step-title">Data</h1>
        <p className="lede">Open a table (CSV or TSV) with one row per example and one column per measurement.</p>
      </header>

      <section className="card" aria-label="Open a dataset">
        <div className="toolbar">
          <button type="button" className="button primary" onClick={onOpen} disabled={loading !== null}>
            Open dataset…
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
          Drop a CSV or TSV file here
        </div>
        {progress ? <ProgressBar label="Loading dataset" fraction={progress.fraction} text={progress.text} /> : null}
        {loadError ? (
          <ErrorMessage error={loadError} onDismiss={onDismissError}>
            {dataset ? <p>“{dataset.name}”, loaded before, is still open.</p> : null}
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
              </span>
            </p>
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
            <h3>Columns</h3>
            <ColumnsTable dataset={dataset} />
          </section>
          <section className="card" aria-labelledby="preview-title">
            <h2 id="preview-title">Preview</h2>
            <p className="muted">The opening rows of the file, exactly as written.</p>
            <PreviewTable dataset={dataset} />
          </section>
        </>
      ) : !loading && !loadError ? (
        <p className="empty-hint">No dataset is open yet. Open a file, drop one on the window, or start with a sample.</p>
      ) : null}
    </>
  );
}

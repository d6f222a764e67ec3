/**
 * The held-out examples of one confusion-matrix cell, each with its true class, the class the
 * network predicted and how confident it was: images as thumbnails, recordings as small line
 * charts, table rows as their values. Prediction i of the evaluation is about keys[i].
 */
import type { ClassificationEvaluation } from '../../core/evaluate/types';
import type { ExampleView } from '../../core/sources/kind';
import { ChannelLegend, SequenceChart } from '../components/SequenceChart';
import { formatInteger, formatPercent } from '../format';
import { Thumbnail } from '../images/Thumbnail';
import { examplesInCell, unitWord, type CellChoice, type EvaluationExamples } from './examples';

/** Examples shown at once; a cell of a large set can hold thousands. */
const SHOWN = 60;

interface CellExamplesProps {
  readonly e: ClassificationEvaluation;
  readonly cell: CellChoice;
  readonly examples: EvaluationExamples;
  readonly onClose: () => void;
}

function ExampleBody({ view, files, alt }: { readonly view: ExampleView; readonly files: ReadonlyMap<string, Blob> | undefined; readonly alt: string }) {
  switch (view.kind) {
    case 'image':
      return <Thumbnail file={files?.get(view.path)} size={72} alt={alt} />;
    case 'sequence':
      return <SequenceChart view={view} width={200} height={110} />;
    case 'row':
      return (
        <dl className="cell-row-values">
          {view.cells.map((c) => (
            <div key={c.column}>
              <dt>{c.column}</dt>
              <dd>{c.value === '' ? '—' : c.value}</dd>
            </div>
          ))}
        </dl>
      );
  }
}

export function CellExamples({ e, cell, examples, onClose }: CellExamplesProps) {
  const actualLabel = e.classes[cell.actual] ?? '?';
  const predictedLabel = e.classes[cell.predicted] ?? '?';
  const hits = examplesInCell(e, cell);
  const correct = cell.actual === cell.predicted;
  const noun = unitWord(examples.unit, hits.length);
  const shown = hits.slice(0, SHOWN).map((i) => ({ i, view: examples.describe(examples.keys[i] ?? '') }));
  const firstSequence = shown.find((s) => s.view?.kind === 'sequence')?.view;
  return (
    <section className="cell-images" role="region" aria-label={`${examples.unit === 'images' ? 'Images' : 'Examples'} in this cell`}>
      <div className="card-title-row">
        <h3>
          Actual “{actualLabel}”, predicted “{predictedLabel}”: {formatInteger(hits.length)} {noun}
        </h3>
        <button type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted">
        {correct
          ? `Held-out ${examples.unit} the network classified correctly, most confident first.`
          : `Held-out ${examples.unit} the network got wrong, most confident first: the top ones are its most confident mistakes.`}{' '}
        The percentage is the probability the network gives the predicted class, its confidence in the prediction.
      </p>
      {firstSequence?.kind === 'sequence' ? <ChannelLegend channels={firstSequence.channels} /> : null}
      {hits.length === 0 ? <p>No held-out {unitWord(examples.unit, 1)} fell in this cell.</p> : null}
      <ul className={firstSequence ? 'cell-image-grid cell-sequence-grid' : shown.some((s) => s.view?.kind === 'row') ? 'cell-image-grid cell-row-grid' : 'cell-image-grid'}>
        {shown.map(({ i, view }) => {
          const confidence = formatPercent(e.predictions.confidence[i] ?? Number.NaN, 0);
          const title = view?.title ?? examples.keys[i] ?? '';
          return (
            <li key={i} className="cell-image">
              {view ? <ExampleBody view={view} files={examples.files} alt={`${title}: actual ${actualLabel}, predicted ${predictedLabel} (${confidence})`} /> : null}
              <span className="cell-image-name" title={title}>
                {title}
              </span>
              <span className="cell-image-line">true: {actualLabel}</span>
              <span className="cell-image-line">
                predicted: {predictedLabel} <strong>{confidence}</strong>
              </span>
            </li>
          );
        })}
      </ul>
      {hits.length > SHOWN ? <p className="muted">and {formatInteger(hits.length - SHOWN)} more.</p> : null}
    </section>
  );
}

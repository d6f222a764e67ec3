/**
 * The held-out images of one confusion-matrix cell: each with its true class, the class the
 * network predicted and how confident it was. Prediction i of the evaluation is about
 * testPaths[i] (core's image pipeline keeps that order).
 */
import type { ClassificationEvaluation } from '../../core/evaluate/types';
import { formatInteger, formatPercent } from '../format';
import { Thumbnail, fileNameOf } from '../images/Thumbnail';

/** Images shown at once; a cell of a large set can hold thousands. */
const SHOWN = 60;

export interface CellChoice {
  readonly actual: number;
  readonly predicted: number;
}

/** Positions (into the evaluation's predictions) of the examples in one cell, most confident first. */
export function examplesInCell(e: ClassificationEvaluation, cell: CellChoice): number[] {
  const { actual, predicted, confidence } = e.predictions;
  const hits: number[] = [];
  for (let i = 0; i < actual.length; i++) if (actual[i] === cell.actual && predicted[i] === cell.predicted) hits.push(i);
  return hits.sort((a, b) => (confidence[b] ?? 0) - (confidence[a] ?? 0));
}

interface CellImagesProps {
  readonly e: ClassificationEvaluation;
  readonly cell: CellChoice;
  readonly testPaths: readonly string[];
  readonly files: ReadonlyMap<string, Blob>;
  readonly onClose: () => void;
}

export function CellImages({ e, cell, testPaths, files, onClose }: CellImagesProps) {
  const actualLabel = e.classes[cell.actual] ?? '?';
  const predictedLabel = e.classes[cell.predicted] ?? '?';
  const hits = examplesInCell(e, cell);
  const correct = cell.actual === cell.predicted;
  return (
    <section className="cell-images" role="region" aria-label="Images in this cell">
      <div className="card-title-row">
        <h3>
          Actual “{actualLabel}”, predicted “{predictedLabel}”: {formatInteger(hits.length)} image{hits.length === 1 ? '' : 's'}
        </h3>
        <button type="button" className="button small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted">
        {correct
          ? 'Held-out images the network classified correctly, most confident first.'
          : 'Held-out images the network got wrong, most confident first: the top ones are its most confident mistakes.'}{' '}
        The percentage is the network’s confidence in its prediction (the softmax output of that class).
      </p>
      {hits.length === 0 ? <p>No held-out image fell in this cell.</p> : null}
      <ul className="cell-image-grid">
        {hits.slice(0, SHOWN).map((i) => {
          const path = testPaths[i] ?? '';
          const confidence = formatPercent(e.predictions.confidence[i] ?? Number.NaN, 0);
          return (
            <li key={i} className="cell-image">
              <Thumbnail
                file={files.get(path)}
                size={72}
                alt={`${fileNameOf(path)}: actual ${actualLabel}, predicted ${predictedLabel} (${confidence})`}
              />
              <span className="cell-image-name" title={path}>
                {fileNameOf(path)}
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

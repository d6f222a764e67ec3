/**
 * The held-out examples of one confusion-matrix cell, each with its true class, the class the
 * network predicted and how confident it was: images as thumbnails, recordings as small line
 * charts, table rows as their values. Prediction i of the evaluation is about keys[i].
 */
import type { ClassificationEvaluation } from '../../core/evaluate/types';
import type { ExampleView } from '../../core/sources/kind';
import { ChannelLegend, SequenceChart } from '../components/SequenceChart';
import { msg } from '../../core/i18n/message';
import { formatPercent } from '../format';
import { useT } from '../i18n/I18nProvider';
import { Thumbnail } from '../images/Thumbnail';
import { examplesInCell, type CellChoice, type EvaluationExamples } from './examples';

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
  const t = useT();
  const unit = examples.unit;
  const actualLabel = e.classes[cell.actual] ?? '?';
  const predictedLabel = e.classes[cell.predicted] ?? '?';
  const hits = examplesInCell(e, cell);
  const correct = cell.actual === cell.predicted;
  const shown = hits.slice(0, SHOWN).map((i) => ({ i, view: examples.describe(examples.keys[i] ?? '') }));
  const firstSequence = shown.find((s) => s.view?.kind === 'sequence')?.view;
  return (
    <section className="cell-images" role="region" aria-label={t('evaluate.cell.region', { unit })}>
      <div className="card-title-row">
        <h3>
          {t('evaluate.cell.heading', { actual: actualLabel, predicted: predictedLabel, count: msg('evaluate.unitCount', { unit, count: hits.length }) })}
        </h3>
        <button type="button" className="button small" onClick={onClose}>
          {t('evaluate.cell.close')}
        </button>
      </div>
      <p className="muted">
        {t(correct ? 'evaluate.cell.correct' : 'evaluate.cell.wrong', { unit: msg('evaluate.unit', { unit }) })} {t('evaluate.cell.confidence')}
      </p>
      {firstSequence?.kind === 'sequence' ? <ChannelLegend channels={firstSequence.channels} /> : null}
      {hits.length === 0 ? <p>{t('evaluate.cell.none', { unit: msg('evaluate.unitOne', { unit }) })}</p> : null}
      <ul className={firstSequence ? 'cell-image-grid cell-sequence-grid' : shown.some((s) => s.view?.kind === 'row') ? 'cell-image-grid cell-row-grid' : 'cell-image-grid'}>
        {shown.map(({ i, view }) => {
          const probability = e.predictions.confidence[i] ?? Number.NaN;
          const confidence = formatPercent(probability, 0);
          const title = view ? t(view.title) : (examples.keys[i] ?? '');
          const alt = t('evaluate.cell.alt', { title, actual: actualLabel, predicted: predictedLabel, confidence: probability });
          return (
            <li key={i} className="cell-image">
              {view ? <ExampleBody view={view} files={examples.files} alt={alt} /> : null}
              <span className="cell-image-name" title={title}>
                {title}
              </span>
              <span className="cell-image-line">{t('evaluate.cell.actual', { label: actualLabel })}</span>
              <span className="cell-image-line">
                {t('evaluate.cell.predicted', { label: predictedLabel })} <strong>{confidence}</strong>
              </span>
            </li>
          );
        })}
      </ul>
      {hits.length > SHOWN ? <p className="muted">{t('evaluate.cell.more', { count: hits.length - SHOWN })}</p> : null}
    </section>
  );
}

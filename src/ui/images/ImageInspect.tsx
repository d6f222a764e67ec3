/**
 * What an image folder holds, as core's inspection found it: images per class (with the
 * imbalance warning), the sizes found and their spread, colour or grayscale, the files left out
 * and why, and a few thumbnails per class.
 */
import type { ImageInspection, SizeSpread } from '../../core/sources/images/types';
import type { ImagesState } from '../app/imageState';
import { filesByPath } from '../app/imageState';
import { formatInteger, formatNumber, formatPercent } from '../format';
import { Thumbnail, fileNameOf } from './Thumbnail';

/** Thumbnails shown per class: enough to recognise the class, few enough to stay light. */
const THUMBS_PER_CLASS = 8;
/** Files listed by name before "and N more". */
const LISTED_SKIPS = 50;

function spreadText(s: SizeSpread): string {
  return s.min === s.max ? `${formatInteger(s.min)} px` : `${formatInteger(s.min)}–${formatInteger(s.max)} px (median ${formatNumber(s.median)})`;
}

function ClassCounts({ inspection }: { readonly inspection: ImageInspection }) {
  const largest = Math.max(1, ...inspection.classes.map((c) => c.count));
  return (
    <div className="table-scroll">
      <table aria-label="Images per class" className="data-table class-counts">
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col" className="num">
              Images
            </th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col">
              <span className="visually-hidden">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {inspection.classes.map((c) => (
            <tr key={c.label}>
              <th scope="row">{c.label}</th>
              <td className="num">{formatInteger(c.count)}</td>
              <td className="num">{formatPercent(inspection.imageCount > 0 ? c.count / inspection.imageCount : 0, 0)}</td>
              <td className="bar-cell" aria-hidden="true">
                <span className="count-bar" style={{ width: `${(c.count / largest) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SizesFound({ inspection }: { readonly inspection: ImageInspection }) {
  const { sizes } = inspection;
  const common = sizes.mostCommon;
  return (
    <dl className="facts" aria-label="Sizes found">
      <dt>Sizes found</dt>
      <dd>
        {sizes.distinct === 1
          ? `every image is ${formatInteger(common.width)} × ${formatInteger(common.height)} pixels (width × height)`
          : `${formatInteger(sizes.distinct)} different sizes; the most common is ${formatInteger(common.width)} × ${formatInteger(common.height)} (${formatInteger(common.count)} images)`}
      </dd>
      {sizes.distinct > 1 ? (
        <>
          <dt>Width</dt>
          <dd>{spreadText(sizes.width)}</dd>
          <dt>Height</dt>
          <dd>{spreadText(sizes.height)}</dd>
        </>
      ) : null}
      <dt>Colour</dt>
      <dd>
        <strong>{inspection.grayscale ? 'Grayscale' : 'Colour'}</strong> · {inspection.channelReason}
        {inspection.alphaDropped ? ' Some images have transparency (alpha), which is dropped.' : ''}
      </dd>
    </dl>
  );
}

function SkippedFiles({ inspection }: { readonly inspection: ImageInspection }) {
  const all = [
    ...inspection.skipped.map((f) => ({ ...f, kind: 'unreadable' })),
    ...inspection.ignored.map((f) => ({ ...f, kind: 'left out' })),
  ];
  if (all.length === 0) return <p className="muted">Every file was read: none was skipped.</p>;
  return (
    <>
      <p>
        {formatInteger(all.length)} file{all.length === 1 ? ' was' : 's were'} skipped; training uses the others.
      </p>
      <ul aria-label="Skipped files" className="skipped-files">
        {all.slice(0, LISTED_SKIPS).map((f) => (
          <li key={`${f.kind}:${f.relativePath}`}>
            <code>{f.relativePath}</code>: {f.reason}
          </li>
        ))}
        {all.length > LISTED_SKIPS ? <li className="muted">and {formatInteger(all.length - LISTED_SKIPS)} more</li> : null}
      </ul>
    </>
  );
}

function ThumbnailGrid({ images }: { readonly images: ImagesState }) {
  const { index, inspection, folder } = images;
  const files = filesByPath(folder);
  const skipped = new Set(inspection.skipped.map((s) => s.relativePath));
  const usable = index.entries.filter((e) => !skipped.has(e.relativePath));
  const groups =
    index.task === 'classification'
      ? index.classes.map((label) => ({ label, entries: usable.filter((e) => e.label === label).slice(0, THUMBS_PER_CLASS) }))
      : [{ label: index.targetName, entries: usable.slice(0, THUMBS_PER_CLASS * 2) }];
  return (
    <div className="thumb-groups">
      {groups.map((g) => (
        <figure key={g.label} className="thumb-group">
          <figcaption>{g.label}</figcaption>
          <div className="thumb-row">
            {g.entries.map((e) => {
              const caption = index.task === 'classification' ? g.label : `${index.targetName} ${formatNumber(e.target ?? Number.NaN)}`;
              return <Thumbnail key={e.relativePath} file={files.get(e.relativePath)} alt={`${caption}: ${fileNameOf(e.relativePath)}`} />;
            })}
          </div>
        </figure>
      ))}
    </div>
  );
}

export function ImageInspect({ images, onNext }: { readonly images: ImagesState; readonly onNext: () => void }) {
  const { inspection } = images;
  const classification = inspection.task === 'classification';
  return (
    <>
      <section className="card" aria-labelledby="dataset-title">
        <div className="card-title-row">
          <h2 id="dataset-title">{inspection.name}</h2>
          <button type="button" className="button primary" onClick={onNext}>
            Next: Shape
          </button>
        </div>
        <p className="dataset-summary">
          <strong>
            {formatInteger(inspection.imageCount)} images
            {classification ? ` in ${formatInteger(inspection.classes.length)} classes` : ''}
          </strong>
          <span className="muted"> · {inspection.taskReason}</span>
        </p>
        {inspection.warnings.length > 0 ? (
          <ul className="warnings" aria-label="Warnings">
            {inspection.warnings.map((w, i) => (
              <li key={i} className="warning">
                {w.message}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="two-columns image-facts">
          <div>
            {classification ? (
              <>
                <h3>Images per class</h3>
                <ClassCounts inspection={inspection} />
              </>
            ) : inspection.target ? (
              <>
                <h3>Target</h3>
                <p>
                  “{inspection.targetName}” goes from {formatNumber(inspection.target.min)} to {formatNumber(inspection.target.max)}{' '}
                  (median {formatNumber(inspection.target.median)}, mean {formatNumber(inspection.target.mean)}).
                </p>
              </>
            ) : null}
          </div>
          <div>
            <h3>Sizes and colour</h3>
            <SizesFound inspection={inspection} />
          </div>
        </div>
        <h3>Skipped files</h3>
        <SkippedFiles inspection={inspection} />
      </section>
      <section className="card" aria-labelledby="thumbs-title">
        <h2 id="thumbs-title">Examples</h2>
        <p className="muted">
          {classification
            ? 'A few images of each class, as they are in the folder (before resizing).'
            : `A few images with their “${inspection.targetName}”, as they are in the folder (before resizing).`}
        </p>
        <ThumbnailGrid images={images} />
      </section>
    </>
  );
}

/**
 * What an image folder holds, as core's inspection found it: images per class (with the
 * imbalance warning), the sizes found and their spread, colour or grayscale, the files left out
 * and why, and a few thumbnails per class.
 */
import type { ImageInspection, SizeSpread } from '../../core/sources/images/types';
import type { ImagesState } from '../app/imageState';
import { filesByPath } from '../app/imageState';
import type { Translator } from '../../core/i18n/translate';
import type { Message } from '../../core/i18n/message';
import { NextButton } from '../components/NextButton';
import { formatInteger, formatNumber, formatPercent } from '../format';
import { useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/error-text';
import { Text } from '../i18n/Text';
import { Thumbnail, fileNameOf } from './Thumbnail';

/** Thumbnails shown per class: enough to recognise the class, few enough to stay light. */
const THUMBS_PER_CLASS = 8;
/** Files listed by name before "and N more". */
const LISTED_SKIPS = 50;

function spreadText(t: Translator, s: SizeSpread): string {
  return s.min === s.max ? t('sources.images.ui.pixelsOne', { px: s.min }) : t('sources.images.ui.pixelsSpread', { min: s.min, max: s.max, median: formatNumber(s.median) });
}

function ClassCounts({ inspection }: { readonly inspection: ImageInspection }) {
  const t = useT();
  const largest = Math.max(1, ...inspection.classes.map((c) => c.count));
  return (
    <div className="table-scroll">
      <table aria-label={t('sources.images.ui.perClass')} className="data-table class-counts">
        <thead>
          <tr>
            <th scope="col">{t('sources.images.ui.class')}</th>
            <th scope="col" className="num">
              {t('sources.images.ui.images')}
            </th>
            <th scope="col" className="num">
              {t('sources.images.ui.share')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('sources.images.ui.bar')}</span>
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
  const t = useT();
  const { sizes } = inspection;
  const common = sizes.mostCommon;
  return (
    <dl className="facts" aria-label={t('sources.images.ui.sizesFound')}>
      <dt>{t('sources.images.ui.sizesFound')}</dt>
      <dd>
        {sizes.distinct === 1
          ? t('sources.images.ui.oneSize', { width: common.width, height: common.height })
          : t('sources.images.ui.manySizes', { sizes: sizes.distinct, width: common.width, height: common.height, count: common.count })}
      </dd>
      {sizes.distinct > 1 ? (
        <>
          <dt>{t('sources.images.ui.width')}</dt>
          <dd>{spreadText(t, sizes.width)}</dd>
          <dt>{t('sources.images.ui.height')}</dt>
          <dd>{spreadText(t, sizes.height)}</dd>
        </>
      ) : null}
      <dt>{t('sources.images.ui.colour')}</dt>
      <dd>
        <strong>{t('sources.images.ui.colourName', { grayscale: inspection.grayscale ? 'yes' : 'no' })}</strong> · <Text m={inspection.channelReason} />
      </dd>
    </dl>
  );
}

function SkippedFiles({ inspection }: { readonly inspection: ImageInspection }) {
  const t = useT();
  const all = [
    ...inspection.skipped.map((f) => ({ ...f, kind: 'unreadable' })),
    ...inspection.ignored.map((f) => ({ ...f, kind: 'left out' })),
  ];
  if (all.length === 0) return <p className="muted">{t('sources.images.ui.noneSkipped')}</p>;
  return (
    <>
      <p>{t('sources.images.ui.skippedCount', { count: all.length })}</p>
      <ul aria-label={t('sources.images.ui.skippedFiles')} className="skipped-files">
        {all.slice(0, LISTED_SKIPS).map((f) => (
          <li key={`${f.kind}:${f.relativePath}`}>
            <code>{f.relativePath}</code>: <Text m={f.reason} />
          </li>
        ))}
        {all.length > LISTED_SKIPS ? <li className="muted">{t('sources.images.ui.andMore', { count: all.length - LISTED_SKIPS })}</li> : null}
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

export function ImageInspect({ images, onNext, nextBlocker = null }: { readonly images: ImagesState; readonly onNext: () => void; readonly nextBlocker?: Message | null }) {
  const t = useT();
  const { inspection } = images;
  const classification = inspection.task === 'classification';
  return (
    <>
      <section className="card" aria-labelledby="dataset-title">
        <div className="card-title-row">
          <h2 id="dataset-title">{inspection.name}</h2>
          <NextButton label={t('sources.images.ui.next')} blocker={nextBlocker} onNext={onNext} />
        </div>
        <p className="dataset-summary">
          <strong>{t('sources.images.ui.summary', { images: inspection.imageCount, classes: classification ? inspection.classes.length : 0 })}</strong>
          <span className="muted">
            {' · '}
            <Text m={inspection.taskReason} />
          </span>
        </p>
        {inspection.warnings.length > 0 ? (
          <ul className="warnings" aria-label={t('sources.images.ui.warnings')}>
            {inspection.warnings.map((w, i) => (
              <li key={i} className="warning">
                {errorText(t, w)}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="two-columns image-facts">
          <div>
            {classification ? (
              <>
                <h3>{t('sources.images.ui.perClass')}</h3>
                <ClassCounts inspection={inspection} />
              </>
            ) : inspection.target ? (
              <>
                <h3>{t('sources.images.ui.target')}</h3>
                <p>
                  {t('sources.images.ui.targetSpread', {
                    target: `“${inspection.targetName}”`,
                    min: formatNumber(inspection.target.min),
                    max: formatNumber(inspection.target.max),
                    median: formatNumber(inspection.target.median),
                    mean: formatNumber(inspection.target.mean),
                  })}
                </p>
              </>
            ) : null}
          </div>
          <div>
            <h3>{t('sources.images.ui.sizesAndColour')}</h3>
            <SizesFound inspection={inspection} />
          </div>
        </div>
        <h3>{t('sources.images.ui.skippedFiles')}</h3>
        <SkippedFiles inspection={inspection} />
      </section>
      <section className="card" aria-labelledby="thumbs-title">
        <h2 id="thumbs-title">{t('sources.images.ui.examples')}</h2>
        <p className="muted">{t('sources.images.ui.examplesHelp', { classification: classification ? 'yes' : 'no', target: `“${inspection.targetName}”` })}</p>
        <ThumbnailGrid images={images} />
      </section>
    </>
  );
}

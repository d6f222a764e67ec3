/** The image choices on the Shape step: the task (from the folders or the CSV), the size every image is resized to, the channels, augmentation. */
import { MAX_IMAGE_SIDE, MIN_IMAGE_SIDE } from '../../core/sources/images/types';
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import type { ImagePlanPatch, ImagesState } from '../app/imageState';
import { NumberField } from '../components/Fields';
import { listOf, msg } from '../../core/i18n/message';
import { useT } from '../i18n/I18nProvider';
import { Text } from '../i18n/Text';

interface ImagePlanPanelProps {
  readonly images: ImagesState;
  readonly analysis: PlanAnalysis;
  readonly disabled: boolean;
  readonly onPlan: (patch: ImagePlanPatch) => void;
}

export function ImagePlanPanel({ images, analysis, disabled, onPlan }: ImagePlanPanelProps) {
  const t = useT();
  const { inspection, index, plan } = images;
  const { shape } = analysis;
  const proposed = inspection.proposedSize;
  const classification = index.task === 'classification';
  return (
    <fieldset className="card plain-fieldset" disabled={disabled}>
      <h2>{t('shape.ui.whatToPredict')}</h2>
      <p>
        {classification
          ? t('sources.images.ui.classification', { count: index.classes.length, classes: listOf(index.classes) })
          : t('sources.images.ui.regression', { target: `“${index.targetName}”` })}
      </p>
      <p className="field-help">
        <Text m={index.taskReason} />
      </p>

      <h2>{t('sources.images.ui.size')}</h2>
      <div className="field-row">
        <NumberField
          draftId="shape.images.height"
          step="shape"
          label={msg('sources.images.ui.height')}
          value={plan.height}
          min={MIN_IMAGE_SIDE}
          max={MAX_IMAGE_SIDE}
          integer
          onChange={(height) => onPlan({ height })}
          explanation={t('sources.images.ui.pixels', { proposed: proposed.height })}
        />
        <NumberField
          draftId="shape.images.width"
          step="shape"
          label={msg('sources.images.ui.width')}
          value={plan.width}
          min={MIN_IMAGE_SIDE}
          max={MAX_IMAGE_SIDE}
          integer
          onChange={(width) => onPlan({ width })}
          explanation={t('sources.images.ui.pixels', { proposed: proposed.width })}
        />
      </div>
      <p className="field-help">
        {shape?.notes.map((note, i) => (
          <span key={`${note.code}-${i}`}>
            <Text m={note} />{' '}
          </span>
        ))}
        {t('sources.images.ui.sizeHelp')}
      </p>

      <fieldset className="radio-group">
        <legend>{t('sources.images.ui.channels')}</legend>
        {([1, 3] as const).map((c) => (
          <label key={c} className="radio">
            <input
              type="radio"
              name="channels"
              value={c}
              checked={plan.channels === c}
              onChange={() => onPlan({ channels: c })}
              aria-describedby="channel-reason"
            />
            <span>
              {t('sources.images.ui.channelOption', { channels: c })}
              {inspection.channels === c ? <span className="badge">{t('shape.ui.proposed')}</span> : null}
            </span>
          </label>
        ))}
        <p id="channel-reason" className="field-help">
          <Text m={inspection.channelReason} />
        </p>
      </fieldset>

      <label className="checkbox">
        <input
          type="checkbox"
          checked={plan.augment.flip || plan.augment.shift > 0}
          onChange={(e) => onPlan({ augment: e.target.checked })}
          aria-describedby="augment-help"
        />
        <span>{t('sources.images.ui.augment')}</span>
      </label>
      <p id="augment-help" className="field-help">
        {t('sources.images.ui.augmentHelp')}
      </p>
    </fieldset>
  );
}

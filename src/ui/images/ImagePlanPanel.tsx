/** The image choices on the Shape step: the task (from the folders or the CSV), the size every image is resized to, the channels, augmentation. */
import { MAX_IMAGE_SIDE, MIN_IMAGE_SIDE } from '../../core/sources/images/types';
import type { PlanAnalysis } from '../../core/pipeline/analyse';
import type { ImagePlanPatch, ImagesState } from '../app/imageState';
import { NumberField } from '../components/Fields';
import { formatInteger } from '../format';

interface ImagePlanPanelProps {
  readonly images: ImagesState;
  readonly analysis: PlanAnalysis;
  readonly disabled: boolean;
  readonly onPlan: (patch: ImagePlanPatch) => void;
}

export function ImagePlanPanel({ images, analysis, disabled, onPlan }: ImagePlanPanelProps) {
  const { inspection, index, plan } = images;
  const { shape } = analysis;
  const proposed = inspection.proposedSize;
  const classification = index.task === 'classification';
  return (
    <fieldset className="card plain-fieldset" disabled={disabled}>
      <h2>What to predict</h2>
      <p>
        <strong>{classification ? 'Classification' : 'Regression'}</strong>
        {classification ? ` of ${formatInteger(index.classes.length)} classes: ${index.classes.join(', ')}.` : ` of “${index.targetName}”.`}
      </p>
      <p className="field-help">{index.taskReason}</p>

      <h2>Image size</h2>
      <div className="field-row">
        <NumberField
          label="Image height"
          value={plan.height}
          min={MIN_IMAGE_SIDE}
          max={MAX_IMAGE_SIDE}
          integer
          onChange={(height) => onPlan({ height })}
          explanation={`Pixels; proposed ${formatInteger(proposed.height)}.`}
        />
        <NumberField
          label="Image width"
          value={plan.width}
          min={MIN_IMAGE_SIDE}
          max={MAX_IMAGE_SIDE}
          integer
          onChange={(width) => onPlan({ width })}
          explanation={`Pixels; proposed ${formatInteger(proposed.width)}.`}
        />
      </div>
      <p className="field-help">
        {shape?.notes.join(' ') ?? ''} The proposal is the size most images share (or the median height and width when sizes vary), made smaller where it is large, so training stays
        quick; larger images keep more detail but train more slowly.
      </p>

      <fieldset className="radio-group">
        <legend>Channels</legend>
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
              {c === 1 ? 'Grayscale (1 channel)' : 'Colour (3 channels: red, green, blue)'}
              {inspection.channels === c ? <span className="badge">proposed</span> : null}
            </span>
          </label>
        ))}
        <p id="channel-reason" className="field-help">
          {inspection.channelReason}
          {inspection.alphaDropped ? ' Some images have transparency (alpha); it is dropped, as the network sees only colours.' : ''}
        </p>
      </fieldset>

      <label className="checkbox">
        <input
          type="checkbox"
          checked={plan.augment.flip || plan.augment.shift > 0}
          onChange={(e) => onPlan({ augment: e.target.checked })}
          aria-describedby="augment-help"
        />
        <span>Augment training images (flip, small shift)</span>
      </label>
      <p id="augment-help" className="field-help">
        Each epoch, training images are flipped left–right at random and shifted by up to 2 pixels, so the network learns the
        object rather than its exact position. Held-out images are never changed. Leave it off when left and right matter
        (digits, text).
      </p>
    </fieldset>
  );
}

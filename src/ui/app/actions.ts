/** The closed union of intents that change the app's state (state.ts's reducer handles each). */
import type { AppErrorInfo } from '../../core/errors';
import type { Message } from '../../core/i18n/message';
import type { ParseProgress, TypedDataset } from '../../core/data/types';
import type { FeaturePlan, Task } from '../../core/features/types';
import type { ImageEncodingPlan, ImageIndex, ImageInspection } from '../../core/sources/images/types';
import type { ModelDraft } from '../../core/model/designer-types';
import type { TrainingSettings } from '../../core/train/types';
import type { ImageFolder } from '../../host/contract';
import type { ImageIndexRequest } from '../../workers/image-messages';
import type { BackendPreference, TrainResponse } from '../../workers/messages';
import type { ExperimentsRoute } from '../experiments/route';
import type { UseRoute } from '../use/route';
import type { DesignerAction } from '../model/designer';
import type { ImageLoadProgress, ImagePlanPatch } from './imageState';
import type { SequenceDetection, SequencePlan } from '../../core/sources/sequences/types';
import type { NamedTarget, SequenceChange } from './loaded';
import type { InvalidDraft } from './drafts';
import type { StepId } from './steps';

export type Action =
  | { readonly type: 'step-selected'; readonly step: StepId }
  | { readonly type: 'load-started'; readonly fileName: string; readonly target?: NamedTarget }
  | { readonly type: 'load-progress'; readonly progress: ParseProgress }
  | { readonly type: 'load-succeeded'; readonly dataset: TypedDataset; readonly detection: SequenceDetection }
  /** The loaded CSV read as a table (one row = one example) or as sequences (one recording = one example). */
  | { readonly type: 'data-kind-selected'; readonly kind: 'table' | 'sequences' }
  | { readonly type: 'load-failed'; readonly error: AppErrorInfo }
  | { readonly type: 'load-error-dismissed' }
  /** A dialog was closed without choosing anything. */
  | { readonly type: 'load-cancelled' }
  | { readonly type: 'image-load-started'; readonly name: string }
  | { readonly type: 'image-load-progress'; readonly progress: ImageLoadProgress }
  | {
      readonly type: 'image-load-succeeded';
      readonly folder: ImageFolder;
      readonly request: ImageIndexRequest;
      readonly index: ImageIndex;
      readonly inspection: ImageInspection;
    }
  | { readonly type: 'image-plan-changed'; readonly patch: ImagePlanPatch }
  | { readonly type: 'sequence-plan-changed'; readonly change: SequenceChange }
  /** A table's target, or the label (number) of sequences. */
  | { readonly type: 'target-selected'; readonly target: string }
  /** A table's feature column, or a step column of sequences. */
  | { readonly type: 'feature-toggled'; readonly column: string; readonly included: boolean }
  | { readonly type: 'task-selected'; readonly task: Task }
  | { readonly type: 'plan-fix-applied'; readonly action: string }
  /** An intent of the model designer, handled by its own reducer. */
  | { readonly type: 'designer'; readonly action: DesignerAction }
  | { readonly type: 'settings-changed'; readonly patch: Partial<TrainingSettings> }
  | { readonly type: 'backend-preference-selected'; readonly preference: BackendPreference }
  /** A field's text is not a valid value (draft), or is again (null). */
  | { readonly type: 'draft-changed'; readonly id: string; readonly draft: InvalidDraft | null }
  /** The design new data replaced comes back (Undo, or the Model step's "Restore"). */
  | { readonly type: 'design-restored' }
  | { readonly type: 'design-notice-closed' }
  | { readonly type: 'training-started'; readonly runId: number }
  | { readonly type: 'training-stop-requested' }
  | { readonly type: 'training-message'; readonly runId: number; readonly message: TrainResponse }
  | { readonly type: 'training-crashed'; readonly runId: number; readonly error: AppErrorInfo }
  /** Opens a screen of the Experiments step (and the step). */
  | { readonly type: 'experiments-route'; readonly route: ExperimentsRoute }
  /** Opens the Use step on the current run or on a saved one. */
  | { readonly type: 'use-route'; readonly route: UseRoute }
  /**
   * "New run from these settings": a saved run's plan (tables) or image plan (images), layers and
   * settings, applied to the data loaded now (App checks it is the same data); `source` names the run.
   */
  | {
      readonly type: 'experiment-settings-applied';
      readonly plan: FeaturePlan;
      readonly imagePlan?: ImageEncodingPlan;
      readonly sequencePlan?: SequencePlan;
      readonly model: ModelDraft;
      readonly settings: TrainingSettings;
      readonly source: Message;
    };

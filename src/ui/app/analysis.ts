/**
 * What follows from the user's model, computed by core (never here): the model's report and
 * its Keras code, for the data's context (core/pipeline/analyse.ts's modelContextOf). Each
 * function catches what core throws and returns it as an AppErrorInfo, so a screen shows a
 * message, not a crash.
 */
import type { AppErrorInfo } from '../../core/errors';
import { toAppErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import type { ModelContext, ModelDraft, ModelReport } from '../../core/model/designer-types';
import type { TrainingSettings } from '../../core/train/types';
import { analyzeModel } from '../../core/model/analyze';
import { kerasCode } from '../../core/model/keras';

export type { PlanAnalysis } from '../../core/pipeline/analyse';

export interface ModelAnalysis {
  /** tfjs-layers' account of the draft, layer by layer, with advice; null before the data gives a context. */
  readonly report: ModelReport | null;
  /** The same model as Python Keras code, compiled with the head's loss and the training settings. */
  readonly kerasCode: string;
  /** Something core threw (it should not: analyzeModel reports problems as advice). */
  readonly failure: AppErrorInfo | null;
}

export function analyseModel(
  context: ModelContext | null,
  draft: ModelDraft,
  settings: Pick<TrainingSettings, 'learningRate' | 'optimizer'>,
): ModelAnalysis {
  if (!context) return { report: null, kerasCode: '', failure: null };
  const spec = { inputShape: context.inputShape, layers: draft.layers, ...(draft.batchSize !== undefined ? { batchSize: draft.batchSize } : {}) };
  try {
    const report = analyzeModel(spec, context.head, context);
    let code = '';
    try {
      code = kerasCode(spec, { ...context.head, learningRate: settings.learningRate, optimizer: settings.optimizer });
    } catch {
      // The code view says it cannot show a model that does not build; the report says why.
    }
    return { report, kerasCode: code, failure: null };
  } catch (err) {
    return { report: null, kerasCode: '', failure: toAppErrorInfo(err, msg('app.error.modelSummary')) };
  }
}

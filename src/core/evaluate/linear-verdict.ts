/**
 * One sentence on what the linear baseline says about the network: better, as good, or worse.
 */
import { msg, type Message } from '../i18n/message';

/** What the sentence reads of an evaluation (an Evaluation is one; the CLI's report builds one). */
export type LinearComparable =
  | { readonly task: 'classification'; readonly rows: number; readonly accuracy: number; readonly linear?: { readonly accuracy: number } | undefined }
  | { readonly task: 'regression'; readonly rows: number; readonly r2: number; readonly linear?: { readonly r2: number } | undefined };

/**
 * The smallest difference that counts, as a share (accuracy) or in R²: one accuracy point or
 * 0.01 of R², or, on a small held-out set, what one example weighs there (1/n): with 50 held-out
 * rows one row flips accuracy by 2 points, so a 1.5-point gap is one row's luck, not a finding.
 * For R², one row's squared error is on average 1/n of the total, the same reasoning.
 */
export function linearMargin(heldOutRows: number): number {
  return Math.max(0.01, heldOutRows > 0 ? 1 / heldOutRows : 0);
}

/**
 * Whether the network was still getting better when its training ended: the weights kept are
 * the last epoch's and no early stop said it had levelled off. A linear model ahead of such a
 * network says "train longer" before it says anything about the layers.
 */
export function stillImproving(run: { readonly epochs: number; readonly bestEpoch?: number | undefined; readonly stoppedEarly?: boolean | undefined }): boolean {
  return run.epochs > 0 && run.bestEpoch === run.epochs && run.stoppedEarly !== true;
}

/**
 * The sentence for an evaluation with a linear baseline; null for one without (older records).
 * `improving`: the network's training ended while it was still improving (see stillImproving).
 */
export function compareToLinear(evaluation: LinearComparable, improving = false): Message | null {
  const margin = linearMargin(evaluation.rows);
  if (evaluation.task === 'classification') {
    const linear = evaluation.linear;
    if (!linear) return null;
    const net = evaluation.accuracy;
    const params = { net, linear: linear.accuracy, points: Math.abs(net - linear.accuracy) * 100, margin: margin * 100 };
    return msg(`evaluate.linear.classification.${worded(verdict(net - linear.accuracy, margin), improving)}`, params);
  }
  const linear = evaluation.linear;
  if (!linear) return null;
  const net = evaluation.r2;
  const params = { net, linear: linear.r2, diff: Math.abs(net - linear.r2), margin };
  return msg(`evaluate.linear.regression.${worded(verdict(net - linear.r2, margin), improving)}`, params);
}

function worded(v: 'better' | 'same' | 'worse', improving: boolean): 'better' | 'same' | 'worse' | 'worseImproving' {
  return v === 'worse' && improving ? 'worseImproving' : v;
}

function verdict(gain: number, margin: number): 'better' | 'same' | 'worse' {
  // A gap up to the margin (one example's worth included, or a NaN score) reads as "as well":
  // no claim either way. The tolerance keeps a gap of exactly one example from tipping by rounding.
  const edge = margin + 1e-9;
  if (gain > edge) return 'better';
  if (gain < -edge) return 'worse';
  return 'same';
}

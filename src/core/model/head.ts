/**
 * The output layer ("head") follows from the task: classification → Dense(n_classes, softmax) +
 * categorical cross-entropy; regression → Dense(1, linear) + mean squared error.
 * A user's override that contradicts the task is explained here, before any training.
 */
import type { AppErrorInfo } from '../errors';
import type { Task } from '../features/types';
import type { HeadSpec, MlpConfig } from './types';

/** The one rule that ties a task to its loss; training reads it from here too. */
export function lossForTask(task: Task): HeadSpec['loss'] {
  return task === 'classification' ? 'categoricalCrossentropy' : 'meanSquaredError';
}

/** “species”, or “this target” when the name is not known. */
function quoted(target: string | undefined): string {
  return target ? `“${target}”` : 'this target';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "Adelie, Chinstrap, Gentoo" or "a, b, c, d, e and 7 more". */
function listClasses(classes: readonly string[]): string {
  const shown = classes.slice(0, 5).join(', ');
  return classes.length > 5 ? `${shown} and ${classes.length - 5} more` : shown;
}

export function proposeHead(
  task: Task,
  outputUnits: number,
  ctx: { readonly target: string; readonly classes?: readonly string[] },
): HeadSpec {
  if (task === 'classification') {
    const classes = ctx.classes && ctx.classes.length > 0 ? ` (${listClasses(ctx.classes)})` : '';
    return {
      task,
      units: outputUnits,
      activation: 'softmax',
      loss: lossForTask(task),
      reason: capitalize(
        `${quoted(ctx.target)} has ${outputUnits} classes${classes}, so the last layer has ${outputUnits} units, ` +
        'one per class, with softmax turning them into probabilities that sum to 1, trained with categorical cross-entropy.'),
    };
  }
  return {
    task,
    units: 1,
    activation: 'linear',
    loss: lossForTask(task),
    reason: capitalize(
      `${quoted(ctx.target)} is a continuous number, so the last layer is one linear unit that can output any value, ` +
        'trained with mean squared error.',
    ),
  };
}

/**
 * Returns the first contradiction between the user's head override and the task, or null.
 * `ctx.target` (added to the contract's signature, optional) lets the message name the column.
 */
export function checkHead(
  mlp: MlpConfig,
  task: Task,
  outputUnits: number,
  ctx?: { readonly target?: string },
): AppErrorInfo | null {
  const head = mlp.head;
  if (!head) return null;
  const target = quoted(ctx?.target);
  const found = `The last layer is Dense(${head.units}, ${head.activation}).`;

  if (task === 'regression') {
    const fix = { label: 'Use Dense(1, linear)', action: 'use-proposed-head' };
    if (head.activation === 'softmax') {
      return {
        code: 'head/softmax-for-regression',
        message:
          `Softmax turns the outputs into probabilities that sum to 1; a regression target like ${target} ` +
          'needs one unbounded number: use one linear unit.',
        detail: found,
        fix,
      };
    }
    if (head.activation === 'sigmoid') {
      return {
        code: 'head/sigmoid-for-regression',
        message:
          `Sigmoid squeezes the output between 0 and 1; a regression target like ${target} ` +
          'can take any value: use one linear unit.',
        detail: found,
        fix,
      };
    }
    if (head.units !== 1) {
      return {
        code: 'head/units-for-regression',
        message: `A regression target like ${target} is one number per row, so the last layer needs exactly 1 unit, not ${head.units}.`,
        detail: found,
        fix,
      };
    }
    return null;
  }

  const fix = { label: `Use Dense(${outputUnits}, softmax)`, action: 'use-proposed-head' };
  if (head.activation === 'linear') {
    return {
      code: 'head/linear-for-classification',
      message:
        `Linear units give unbounded numbers, not class probabilities; ${target} has ${outputUnits} classes, ` +
        `so the last layer needs ${outputUnits} units with softmax.`,
      detail: found,
      fix,
    };
  }
  if (head.activation === 'sigmoid') {
    return {
      code: 'head/sigmoid-for-classification',
      message:
        `Sigmoid scores each unit on its own, but categorical cross-entropy needs probabilities over the ` +
        `${outputUnits} classes of ${target} that sum to 1: use softmax.`,
      detail: found,
      fix,
    };
  }
  if (head.units !== outputUnits) {
    return {
      code: 'head/units-for-classes',
      message: capitalize(`${target} has ${outputUnits} classes, so the last layer needs ${outputUnits} units (one per class), not ${head.units}.`),
      detail: found,
      fix,
    };
  }
  return null;
}

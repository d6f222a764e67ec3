/**
 * The output layer ("head") follows from the task: classification → Dense(n_classes, softmax) +
 * categorical cross-entropy; regression → Dense(1, linear) + mean squared error.
 * A last layer that contradicts the task is explained by the model's advice (head-advice.ts).
 */
import type { Task } from '../features/types';
import type { HeadSpec } from './types';

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

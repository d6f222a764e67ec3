/** The analysis every kind starts from: nothing known yet beyond the task, the target and what one example is. */
import type { Task } from '../features/types';
import type { ExampleUnit, KindAnalysis } from './kind';

export function emptyAnalysis(task: Task, target: string, unit: ExampleUnit): KindAnalysis {
  return { problems: [], notes: [], shape: null, task, target, classes: [], unit, trainCount: 0, testCount: 0, previewExamples: [] };
}

/** The app's steps, in the order of the rail. */
export const STEPS = ['data', 'shape', 'model', 'train', 'evaluate', 'use', 'experiments'] as const;
export type StepId = (typeof STEPS)[number];

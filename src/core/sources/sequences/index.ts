/** The sequences kind and the pure helpers the pipeline, the UI and the CLI wire in. */
export { sequencesKind } from './kind';
export { detectSequences } from './detect';
export { analyseSequences } from './analyse';
export { validateSequencePlan } from './validate';
export { explainSequenceShape } from './explain';
export { prepareSequences, sequencePreprocessing } from './prepare';
export { encodeSequencesForPrediction, type SequencePredictionInput } from './predict';
export { describeSequenceExample } from './describe';
export { sequenceColumns } from './column-roles';
export {
  applySequenceFix, proposeSequencePlan, withIdColumn, withLayout, withLength, withOrderColumn, withStepColumn, withStride,
  withTarget, withTask,
} from './plan';
export { parseSequenceFix, type SequenceFix } from './fixes';
export { groupRecordings, type RecordingIndex } from './recordings';
export { windowCount } from './examples';
export * from './types';

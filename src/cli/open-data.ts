/**
 * What the command line is given, as a kind of data with the plan the app would propose for
 * it, changed by the options: a folder or a CSV of image paths is images; a CSV whose rows are
 * time steps (or any CSV given a sequence option) is sequences; any other CSV/TSV is a table.
 */
import type { TypedDataset } from '../core/data/types';
import type { EncodingName } from '../core/data/encoding';
import { planForTarget, proposePlan } from '../core/features/propose';
import type { FeaturePlan } from '../core/features/types';
import { imagesKind, type ImageSummary } from '../core/sources/images/kind';
import type { ImageEncodingPlan, ImageSource } from '../core/sources/images/types';
import { NO_AUGMENT } from '../core/sources/images/types';
import { AppError, quoteInput } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';
import type { PlanProposal, PrepareProgress } from '../core/sources/kind';
import type { KindPlan, KindRun } from '../core/sources/registry';
import { detectSequences } from '../core/sources/sequences/detect';
import { proposeSequencePlan, withIdColumn, withLayout, withLength, withOrderColumn, withStride, withTarget } from '../core/sources/sequences/plan';
import type { SequencePlan, SequenceSummary } from '../core/sources/sequences/types';
import type { SequenceOptions } from './args';
import { isImageDataset, loadDatasetFile } from './data-files';
import { loadImageSource } from './image-files';
import { cliErrorText, cliT } from './i18n';

/** The options of `train` and `inspect` that shape the plan. */
export interface DataChoices extends SequenceOptions {
  readonly target?: string;
  readonly pathColumn?: string;
  readonly size?: { readonly height: number; readonly width: number };
  readonly augment?: boolean;
  /** The CSV's text encoding (--encoding); detected from the bytes when absent. */
  readonly encoding?: EncodingName;
}

export type CliData =
  | { readonly kind: 'table'; readonly dataset: TypedDataset; readonly proposal: PlanProposal<FeaturePlan> }
  | { readonly kind: 'images'; readonly source: ImageSource; readonly summary: ImageSummary; readonly proposal: PlanProposal<ImageEncodingPlan> }
  | { readonly kind: 'sequences'; readonly summary: SequenceSummary; readonly proposal: PlanProposal<SequencePlan> };

async function openImages(path: string, choices: DataChoices, onProgress?: (p: PrepareProgress) => void): Promise<CliData> {
  const source = await loadImageSource(path, {
    ...(choices.pathColumn !== undefined ? { pathColumn: choices.pathColumn } : {}),
    ...(choices.target !== undefined ? { target: choices.target } : {}),
  });
  const summary = await imagesKind.inspect(source, onProgress ? { onProgress } : {});
  const proposed = imagesKind.proposePlan(summary);
  const plan: ImageEncodingPlan = {
    ...proposed.plan,
    ...(choices.size ? { height: choices.size.height, width: choices.size.width } : {}),
    augment: choices.augment ? { flip: true, shift: 2 } : NO_AUGMENT,
  };
  // Training leaves out what the inspection could not read, without decoding every file again first.
  return { kind: 'images', source: { ...source, unreadable: summary.inspection.skipped }, summary, proposal: { ...proposed, plan } };
}

function hasSequenceOptions(c: DataChoices): boolean {
  return c.sequenceId !== undefined || c.order !== undefined || c.window !== undefined || c.length !== undefined || c.stride !== undefined;
}

/** Up to a dozen names, quoted and clipped, then how many more: a 1,200-column file stays one readable line. */
function namedList(names: readonly string[], shown = 12): Message | string {
  const head = names.slice(0, shown).map((n) => quoteInput(n, 60)).join(', ');
  return names.length > shown ? msg('cli.data.namesAndMore', { names: head, count: names.length - shown }) : head;
}

function requireColumn(summary: SequenceSummary, column: string, option: string): string {
  if (summary.dataset.columns.some((c) => c.name === column)) return column;
  throw new AppError({
    code: 'cli/no-such-column',
    message: msg('cli.data.noSuchColumn', { option, column: quoteInput(column), file: quoteInput(summary.dataset.name), columns: namedList(summary.dataset.columns.map((c) => c.name)) }),
  });
}

/** The proposed sequences plan, changed by the options as the Shape step's choices would change it. */
function sequencePlanFor(summary: SequenceSummary, c: DataChoices): PlanProposal<SequencePlan> {
  const proposal = proposeSequencePlan(summary);
  let plan = proposal.plan;
  const layout = c.window !== undefined || c.stride !== undefined ? 'windows' : c.sequenceId !== undefined || c.length !== undefined ? 'grouped' : plan.layout;
  plan = withLayout(summary, plan, layout);
  if (c.sequenceId !== undefined) plan = withIdColumn(summary, plan, requireColumn(summary, c.sequenceId, '--sequence-id'));
  if (c.order !== undefined) plan = withOrderColumn(plan, requireColumn(summary, c.order, '--order'));
  if (c.target !== undefined) plan = withTarget(summary, plan, requireColumn(summary, c.target, '--target'));
  if (c.window !== undefined) plan = withLength(plan, c.window);
  if (c.length !== undefined) plan = withLength(plan, c.length);
  if (c.stride !== undefined) plan = withStride(plan, c.stride);
  const chosen = c.target !== undefined ? msg('cli.data.targetChosen', { column: quoteInput(c.target) }) : proposal.targetReason;
  return { plan, targetReason: chosen, taskReason: proposal.taskReason };
}

export async function openData(path: string, choices: DataChoices): Promise<CliData> {
  if (isImageDataset(path)) return openImages(path, choices);
  const dataset = await loadDatasetFile(path, choices.encoding);
  const summary: SequenceSummary = { dataset, detection: detectSequences(dataset) };
  // Sequence options say how to read the rows; without them a file is read as sequences only on strong signs.
  if (hasSequenceOptions(choices) || (summary.detection.likely && summary.detection.proposal)) {
    return { kind: 'sequences', summary, proposal: sequencePlanFor(summary, choices) };
  }
  const proposal = choices.target === undefined ? proposePlan(dataset) : planForTarget(dataset, choices.target);
  return { kind: 'table', dataset, proposal };
}

export function kindPlanOf(data: CliData): KindPlan {
  switch (data.kind) {
    case 'table':
      return { kind: 'table', summary: data.dataset, plan: data.proposal.plan };
    case 'images':
      return { kind: 'images', summary: data.summary, plan: data.proposal.plan };
    case 'sequences':
      return { kind: 'sequences', summary: data.summary, plan: data.proposal.plan };
  }
}

export function kindRunOf(data: CliData): KindRun {
  switch (data.kind) {
    case 'table':
      return { kind: 'table', source: data.dataset, plan: data.proposal.plan };
    case 'images':
      return { kind: 'images', source: data.source, plan: data.proposal.plan };
    case 'sequences':
      return { kind: 'sequences', source: data.summary.dataset, plan: data.proposal.plan };
  }
}

/** The table behind the data, when it was read from a CSV (tables and sequences). */
export function tableOf(data: CliData): TypedDataset | null {
  return data.kind === 'table' ? data.dataset : data.kind === 'sequences' ? data.summary.dataset : null;
}

/** The file or folder name as the user knows it. */
export function dataName(data: CliData): string {
  return data.kind === 'images' ? data.source.index.name : (tableOf(data)?.name ?? '');
}

/** What the user should know about the data that did not stop it from loading. */
export function dataWarnings(data: CliData): string[] {
  return (data.kind === 'images' ? data.summary.inspection.warnings : (tableOf(data)?.warnings ?? [])).map(cliErrorText);
}

/** What the CLI chose when it read the file as sequences, in one sentence. */
export function readAsSequences(data: Extract<CliData, { kind: 'sequences' }>): string {
  const { plan } = data.proposal;
  const { length, stride } = plan;
  const how = plan.layout === 'grouped'
    ? msg('cli.data.grouped', { id: quoteInput(plan.idColumn ?? ''), length })
    : plan.idColumn
      ? msg('cli.data.windowsWithin', { length, stride, id: quoteInput(plan.idColumn) })
      : msg('cli.data.windows', { length, stride });
  const order = plan.orderColumn ? quoteInput(plan.orderColumn) : msg('cli.data.fileOrder');
  return cliT()('cli.data.readAsSequences', { how, order, features: plan.features.join(', '), reason: data.summary.detection.reason });
}

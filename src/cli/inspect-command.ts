/**
 * `layerbench inspect PATH`: what the app sees in a table (columns, kinds, proposed target,
 * input shape) or in an image dataset (classes, sizes, colour, input shape, skipped files).
 */
import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { AppError } from '../core/errors';
import { encodeDataset } from '../core/features/encode';
import { proposePlan, planForTarget } from '../core/features/propose';
import { splitRows } from '../core/features/split';
import { inspectImages } from '../core/images/inspect';
import { looksLikeImageCsv } from '../core/images/index-csv';
import { scanImages } from '../core/images/scan';
import type { ImageInspection } from '../core/images/types';
import { DEFAULT_SETTINGS } from '../core/pipeline';
import type { InspectArgs } from './args';
import { isImageCsv, loadImageSource } from './image-files';
import { loadDatasetFile } from './train-command';

type Print = (line: string) => void;

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (err) {
    throw new AppError({
      code: 'cli/file-not-found',
      message: `Cannot open “${path}”: no such file or folder, or it cannot be read.`,
      detail: err instanceof Error ? err.message : String(err),
    });
  }
}

/** The first 256 KiB of a file as text: enough to see its header and first rows. */
function headOf(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 18);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Whether PATH is an image dataset (a folder, or a CSV with a column of image paths). */
export function isImageDataset(path: string): boolean {
  const stat = statOrThrow(path);
  if (stat.isDirectory()) return true;
  return isImageCsv(path) && looksLikeImageCsv(headOf(path));
}

export async function inspectImagePath(path: string, choice: { pathColumn?: string; target?: string }, onProgress?: (done: number, total: number) => void): Promise<ImageInspection> {
  const source = await loadImageSource(path, choice);
  const scan = await scanImages(source, onProgress ? { onProgress: (p) => onProgress(p.done, p.total) } : {});
  return inspectImages(source.index, scan);
}

export async function runInspectCommand(args: InspectArgs, print: Print, warn: Print): Promise<number> {
  const choice = { ...(args.pathColumn !== undefined ? { pathColumn: args.pathColumn } : {}), ...(args.target !== undefined ? { target: args.target } : {}) };
  if (isImageDataset(args.file)) {
    const inspection = await inspectImagePath(args.file, choice);
    if (args.json) print(JSON.stringify(inspection));
    else for (const line of formatImageInspection(inspection)) print(line);
    for (const w of inspection.warnings) if (!args.json) warn(`Note: ${w.message}`);
    return 0;
  }
  const dataset = await loadDatasetFile(args.file);
  const proposal = args.target === undefined ? proposePlan(dataset) : planForTarget(dataset, args.target);
  const split = splitRows(dataset, proposal.plan, { testFraction: DEFAULT_SETTINGS.testFraction, seed: DEFAULT_SETTINGS.seed });
  const encoded = encodeDataset(dataset, proposal.plan, split);
  const report = {
    kind: 'table' as const,
    name: dataset.name,
    rows: dataset.rowCount,
    columns: dataset.columns.map((c) => ({ name: c.name, kind: c.kind, missing: c.missing, distinct: c.distinct })),
    target: proposal.plan.target,
    targetReason: proposal.targetReason,
    task: proposal.plan.task,
    taskReason: proposal.taskReason,
    features: proposal.plan.features,
    inputShape: encoded.inputShape,
    classes: (encoded.preprocessing.classes ?? []).map((label) => ({ label, count: countOf(encoded.trainTarget, encoded.testTarget, encoded.preprocessing.classes ?? [], label) })),
    skipped: [] as const,
    warnings: dataset.warnings.map((w) => w.message),
  };
  if (args.json) {
    print(JSON.stringify(report));
  } else {
    print(`${report.name}: a table of ${report.rows.toLocaleString('en-US')} rows and ${report.columns.length} columns.`);
    for (const c of report.columns) print(`  ${c.name}: ${c.kind}${c.missing > 0 ? `, ${c.missing} missing` : ''}`);
    print(`Target: “${report.target}” (${report.task}). ${report.targetReason}`);
    print(`Input shape: (None, ${String(report.inputShape[1])})`);
  }
  return 0;
}

function countOf(train: Float32Array, test: Float32Array, classes: readonly string[], label: string): number {
  const c = classes.indexOf(label);
  let n = 0;
  for (const v of train) if (v === c) n++;
  for (const v of test) if (v === c) n++;
  return n;
}

export function formatImageInspection(r: ImageInspection): string[] {
  const s = r.sizes;
  const lines = [
    `${r.name}: ${r.imageCount.toLocaleString('en-US')} images${r.task === 'classification' ? ` in ${r.classes.length} classes` : `, target “${r.targetName}”`} (${r.task}).`,
    ...r.classes.map((c) => `  ${c.label}: ${c.count}`),
    `Sizes: ${s.distinct === 1 ? `all ${s.mostCommon.width}×${s.mostCommon.height}` : `${s.distinct} sizes; most common ${s.mostCommon.width}×${s.mostCommon.height} (${s.mostCommon.count}); width ${s.width.min}–${s.width.max} (median ${s.width.median}), height ${s.height.min}–${s.height.max} (median ${s.height.median})`}.`,
    `Colour: ${r.channelReason}`,
    `Input shape: ${r.explanation.text}. ${r.explanation.summary}`,
    r.explanation.resize,
  ];
  if (r.skipped.length > 0) {
    lines.push(`Skipped ${r.skipped.length} unreadable file${r.skipped.length === 1 ? '' : 's'}:`);
    for (const f of r.skipped.slice(0, 20)) lines.push(`  ${f.relativePath}: ${f.reason}`);
  }
  if (r.ignored.length > 0) lines.push(`Ignored ${r.ignored.length} other file${r.ignored.length === 1 ? '' : 's'} (not images).`);
  return lines;
}

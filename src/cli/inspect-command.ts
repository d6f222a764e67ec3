/**
 * `layerbench inspect PATH`: what the app sees in a table (columns, kinds, proposed target,
 * input shape), an image dataset (classes, sizes, colour, input shape, skipped files) or
 * sequences (layout, recordings, step columns, input shape).
 */
import type { ImageInspection } from '../core/sources/images/types';
import { analysePlan, type PlanAnalysis } from '../core/pipeline/analyse';
import { DEFAULT_SETTINGS } from '../core/pipeline/run';
import { prepareData } from '../core/sources/registry';
import type { InspectArgs } from './args';
import { describeEncoding } from '../core/data/encoding';
import { kindPlanOf, kindRunOf, openData, readAsSequences, type CliData } from './open-data';

type Print = (line: string) => void;

/** Examples of each class under the plan, training and held-out together: what encoding gives. */
async function classCounts(data: CliData, analysis: PlanAnalysis): Promise<{ label: string; count: number }[]> {
  if (data.kind === 'images') return [...data.summary.inspection.classes];
  if (analysis.task !== 'classification' || analysis.problems.length > 0) return [];
  const { encoded } = await prepareData(kindRunOf(data), DEFAULT_SETTINGS);
  const counts = analysis.classes.map(() => 0);
  for (const targets of [encoded.trainTarget, encoded.testTarget]) for (const c of targets) counts[c] = (counts[c] ?? 0) + 1;
  return analysis.classes.map((label, i) => ({ label, count: counts[i] ?? 0 }));
}

function sequencesReport(data: Extract<CliData, { kind: 'sequences' }>, analysis: PlanAnalysis, classes: { label: string; count: number }[]) {
  const { dataset, detection } = data.summary;
  const { plan, targetReason, taskReason } = data.proposal;
  return {
    kind: 'sequences' as const,
    name: dataset.name,
    rows: dataset.rowCount,
    encoding: dataset.encoding ?? null,
    layout: plan.layout,
    layoutReason: detection.reason,
    idColumn: plan.idColumn,
    orderColumn: plan.orderColumn,
    length: plan.length,
    stride: plan.layout === 'windows' ? plan.stride : null,
    sequences: analysis.trainCount + analysis.testCount,
    unit: analysis.unit,
    features: plan.features,
    target: plan.target,
    targetReason,
    task: plan.task,
    taskReason,
    inputShape: analysis.shape?.inputShape ?? null,
    classes,
    columns: dataset.columns.map((c) => ({ name: c.name, kind: c.kind, role: analysis.columns?.find((u) => u.column === c.name)?.role ?? null })),
    notes: analysis.notes.map((n) => n.message),
    problems: analysis.problems.map((p) => p.message),
    warnings: dataset.warnings.map((w) => w.message),
  };
}

function tableReport(data: Extract<CliData, { kind: 'table' }>, analysis: PlanAnalysis, classes: { label: string; count: number }[]) {
  const { dataset, proposal } = data;
  return {
    kind: 'table' as const,
    name: dataset.name,
    rows: dataset.rowCount,
    encoding: dataset.encoding ?? null,
    columns: dataset.columns.map((c) => ({
      name: c.name, kind: c.kind, missing: c.missing, distinct: c.distinct,
      // How the cells became numbers, and which stood for numbers the network cannot use.
      ...(c.kind === 'number' && c.removed ? { removed: c.removed } : {}),
      ...(c.kind === 'number' && c.unusable ? { unusable: c.unusable } : {}),
    })),
    target: proposal.plan.target,
    targetReason: proposal.targetReason,
    task: proposal.plan.task,
    taskReason: proposal.taskReason,
    features: proposal.plan.features,
    inputShape: analysis.shape?.inputShape ?? null,
    classes,
    problems: analysis.problems.map((p) => p.message),
    skipped: [] as const,
    warnings: dataset.warnings.map((w) => w.message),
  };
}

export async function runInspectCommand(args: InspectArgs, print: Print, warn: Print): Promise<number> {
  const data = await openData(args.file, args);
  const analysis = analysePlan(kindPlanOf(data), DEFAULT_SETTINGS);
  if (data.kind === 'images') {
    const { inspection } = data.summary;
    if (args.json) print(JSON.stringify(inspection));
    else for (const line of formatImageInspection(inspection)) print(line);
    if (!args.json) for (const w of inspection.warnings) warn(`Note: ${w.message}`);
    return 0;
  }
  const classes = await classCounts(data, analysis);
  if (data.kind === 'sequences') {
    const report = sequencesReport(data, analysis, classes);
    if (args.json) {
      print(JSON.stringify(report));
      return 0;
    }
    print(`${report.name}: ${report.rows.toLocaleString('en-US')} rows. ${readAsSequences(data)}`);
    if (report.encoding) print(`Text encoding: ${describeEncoding(report.encoding)}.`);
    if (analysis.shape) print(`Input shape: ${analysis.shape.text}: ${analysis.shape.sum}`);
    print(`${report.sequences.toLocaleString('en-US')} ${report.unit}; target “${report.target}” (${report.task}). ${report.targetReason}`);
    for (const c of classes) print(`  ${c.label}: ${c.count}`);
    for (const n of analysis.notes) warn(`Note: ${n.message}`);
    for (const p of analysis.problems) warn(`Problem: ${p.message}`);
    return 0;
  }
  const report = tableReport(data, analysis, classes);
  if (args.json) {
    print(JSON.stringify(report));
    return 0;
  }
  print(`${report.name}: a table of ${report.rows.toLocaleString('en-US')} rows and ${report.columns.length} columns.`);
  if (report.encoding) print(`Text encoding: ${describeEncoding(report.encoding)}.`);
  for (const c of report.columns) print(`  ${c.name}: ${c.kind}${c.missing > 0 ? `, ${c.missing} missing` : ''}`);
  print(`Target: “${report.target}” (${report.task}). ${report.targetReason}`);
  if (analysis.shape) print(`Input shape: ${analysis.shape.text}: ${analysis.shape.sum}`);
  for (const p of analysis.problems) warn(`Problem: ${p.message}`);
  for (const w of report.warnings) warn(`Note: ${w}`);
  return 0;
}

export function formatImageInspection(r: ImageInspection): string[] {
  const s = r.sizes;
  const lines = [
    `${r.name}: ${r.imageCount.toLocaleString('en-US')} images${r.task === 'classification' ? ` in ${r.classes.length} classes` : `, target “${r.targetName}”`} (${r.task}).`,
    ...r.classes.map((c) => `  ${c.label}: ${c.count}`),
    `Sizes: ${s.distinct === 1 ? `all ${s.mostCommon.width}×${s.mostCommon.height}` : `${s.distinct} sizes; most common ${s.mostCommon.width}×${s.mostCommon.height} (${s.mostCommon.count}); width ${s.width.min}–${s.width.max} (median ${s.width.median}), height ${s.height.min}–${s.height.max} (median ${s.height.median})`}.`,
    `Colour: ${r.channelReason}`,
    `Input shape: ${r.explanation.text}. ${r.explanation.sum}`,
    ...r.explanation.notes,
  ];
  if (r.skipped.length > 0) {
    lines.push(`Skipped ${r.skipped.length} unreadable file${r.skipped.length === 1 ? '' : 's'}:`);
    for (const f of r.skipped.slice(0, 20)) lines.push(`  ${f.relativePath}: ${f.reason}`);
  }
  if (r.ignored.length > 0) {
    // A CSV's rows can be left out for reasons that matter (a path leaving its folder): say each.
    lines.push(`Left out ${r.ignored.length} other file${r.ignored.length === 1 ? '' : 's'} or row${r.ignored.length === 1 ? '' : 's'}:`);
    for (const f of r.ignored.slice(0, 20)) lines.push(`  ${f.relativePath}: ${f.reason}`);
    if (r.ignored.length > 20) lines.push(`  … and ${(r.ignored.length - 20).toLocaleString('en-US')} more.`);
  }
  return lines;
}

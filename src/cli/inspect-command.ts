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
import { quoteInput } from '../core/errors';
import { describeEncoding } from '../core/data/encoding';
import { formatInteger } from '../core/i18n/format';
import { kindPlanOf, kindRunOf, openData, readAsSequences, type CliData } from './open-data';
import { cliErrorText, cliJson, cliLocale, cliT, cliText } from './i18n';

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
    notes: analysis.notes.map(cliErrorText),
    problems: analysis.problems.map(cliErrorText),
    warnings: dataset.warnings.map(cliErrorText),
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
    problems: analysis.problems.map(cliErrorText),
    skipped: [] as const,
    warnings: dataset.warnings.map(cliErrorText),
  };
}

/** "  Adelie: 146": a class and how many examples it has. */
function classLine(c: { label: string; count: number }): string {
  return `  ${c.label}: ${formatInteger(c.count, cliLocale())}`;
}

export async function runInspectCommand(args: InspectArgs, print: Print, warn: Print): Promise<number> {
  const t = cliT();
  const note = (text: string): void => warn(t('cli.line.note', { text }));
  const problem = (text: string): void => warn(t('cli.line.problem', { text }));
  const data = await openData(args.file, args);
  const analysis = analysePlan(kindPlanOf(data), DEFAULT_SETTINGS);
  if (data.kind === 'images') {
    const { inspection } = data.summary;
    if (args.json) print(cliJson(inspection));
    else for (const line of formatImageInspection(inspection)) print(line);
    if (!args.json) for (const w of inspection.warnings) note(cliErrorText(w));
    return 0;
  }
  const classes = await classCounts(data, analysis);
  if (data.kind === 'sequences') {
    const report = sequencesReport(data, analysis, classes);
    if (args.json) {
      print(cliJson(report));
      return 0;
    }
    print(t('cli.inspect.sequences', { name: report.name, rows: report.rows, readAs: readAsSequences(data) }));
    if (report.encoding) print(t('cli.textEncoding', { encoding: describeEncoding(report.encoding) }));
    if (analysis.shape) print(t('cli.inputShape', { shape: analysis.shape.text, sum: analysis.shape.sum }));
    const examples = t('cli.count', { unit: report.unit, count: report.sequences });
    print(t('cli.inspect.sequencesTarget', { examples, target: quoteInput(report.target), task: t('cli.task', { task: report.task }), reason: report.targetReason }));
    for (const c of classes) print(classLine(c));
    for (const n of report.notes) note(n);
    for (const p of report.problems) problem(p);
    return 0;
  }
  const report = tableReport(data, analysis, classes);
  if (args.json) {
    print(cliJson(report));
    return 0;
  }
  print(t('cli.inspect.table', { name: report.name, rows: report.rows, columns: report.columns.length }));
  if (report.encoding) print(t('cli.textEncoding', { encoding: describeEncoding(report.encoding) }));
  for (const c of report.columns) print(t('cli.inspect.column', { name: c.name, kind: c.kind, missing: c.missing }));
  print(t('cli.inspect.target', { target: quoteInput(report.target), task: t('cli.task', { task: report.task }), reason: report.targetReason }));
  if (analysis.shape) print(t('cli.inputShape', { shape: analysis.shape.text, sum: analysis.shape.sum }));
  for (const p of report.problems) problem(p);
  for (const w of report.warnings) note(w);
  return 0;
}

export function formatImageInspection(r: ImageInspection): string[] {
  const t = cliT();
  const s = r.sizes;
  const size = (w: number, h: number): string => `${formatInteger(w, cliLocale())}×${formatInteger(h, cliLocale())}`;
  const task = t('cli.task', { task: r.task });
  const lines = [
    r.task === 'classification'
      ? t('cli.inspect.images.classes', { name: r.name, count: r.imageCount, classes: r.classes.length, task })
      : t('cli.inspect.images.target', { name: r.name, count: r.imageCount, target: quoteInput(r.targetName), task }),
    ...r.classes.map(classLine),
    s.distinct === 1
      ? t('cli.inspect.images.sameSize', { size: size(s.mostCommon.width, s.mostCommon.height) })
      : t('cli.inspect.images.sizes', {
        distinct: s.distinct, size: size(s.mostCommon.width, s.mostCommon.height), count: s.mostCommon.count,
        widthMin: s.width.min, widthMax: s.width.max, widthMedian: s.width.median,
        heightMin: s.height.min, heightMax: s.height.max, heightMedian: s.height.median,
      }),
    t('cli.inspect.images.colour', { reason: r.channelReason }),
    t('cli.inspect.images.inputShape', { shape: r.explanation.text, sum: r.explanation.sum }),
    ...r.explanation.notes.map(cliText),
  ];
  if (r.skipped.length > 0) {
    lines.push(t('cli.inspect.images.skipped', { count: r.skipped.length }));
    for (const f of r.skipped.slice(0, 20)) lines.push(`  ${f.relativePath}: ${cliText(f.reason)}`);
  }
  if (r.ignored.length > 0) {
    // A CSV's rows can be left out for reasons that matter (a path leaving its folder): say each.
    lines.push(t('cli.inspect.images.ignored', { count: r.ignored.length }));
    for (const f of r.ignored.slice(0, 20)) lines.push(`  ${f.relativePath}: ${cliText(f.reason)}`);
    if (r.ignored.length > 20) lines.push(t('cli.inspect.images.more', { count: r.ignored.length - 20 }));
  }
  return lines;
}

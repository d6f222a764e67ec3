/** The summary command's text: Keras 3's model.summary() table, the arithmetic, and advice, in the terminal's language. */
import type { Message } from '../core/i18n/message';
import type { HeadContext, ModelReport } from '../core/model/designer-types';
import { shapeText } from '../core/model/format';
import { cliLocale, cliT } from './i18n';
import { formatInteger } from '../core/i18n/format';

/** Advice's expected and got: a shape as it is, or words in the terminal's language. */
export function shapeOrWords(value: string | Message): string {
  return typeof value === 'string' ? value : cliT()(value);
}

/** Columns a string takes in a terminal: Hangul and other wide characters take two. */
function columns(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(width - columns(text), 0));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(width - columns(text), 0)) + text;
}
/** Keras' readable_memory_size: 9,100 float32 parameters → "35.55 KB". */
function memorySize(params: number): string {
  let size = params * 4;
  for (const unit of ['B', 'KB', 'MB', 'GB']) {
    if (size < 1024 || unit === 'GB') return `${size.toFixed(2)} ${unit}`;
    size /= 1024;
  }
  return `${size.toFixed(2)} GB`;
}

function table(rows: readonly (readonly [string, string, string])[]): string[] {
  const t = cliT();
  const header = [t('model.cli.header.layer'), t('model.cli.header.output'), t('model.cli.header.params')] as const;
  const widths = header.map((h, c) => Math.max(columns(h), ...rows.map((r) => columns(r[c] ?? ''))) + 2);
  const [w0 = 0, w1 = 0, w2 = 0] = widths;
  const cells = (r: readonly [string, string, string], edge: string, sep: string): string =>
    `${edge} ${padEnd(r[0], w0 - 1)}${sep} ${padEnd(r[1], w1 - 1)}${sep} ${padStart(r[2], w2 - 2)} ${edge}`;
  const rule = (l: string, fill: string, mid: string, r: string): string => `${l}${fill.repeat(w0)}${mid}${fill.repeat(w1)}${mid}${fill.repeat(w2)}${r}`;
  const lines = [rule('┏', '━', '┳', '┓'), cells(header, '┃', '┃'), rule('┡', '━', '╇', '┩')];
  rows.forEach((row, i) => {
    if (i > 0) lines.push(rule('├', '─', '┼', '┤'));
    lines.push(cells(row, '│', '│'));
  });
  lines.push(rule('└', '─', '┴', '┘'));
  return lines;
}

/** The line that says what the head was checked against (--task). */
export function taskLine(head: HeadContext): string {
  return cliT()('model.cli.task', { task: head.task, classes: head.outputUnits });
}

export function formatSummary(report: ModelReport, head?: HeadContext): string[] {
  const t = cliT();
  const count = (n: number): string => formatInteger(n, cliLocale());
  const rows = report.layers.map((l) => [`${l.name} (${l.className})`, l.outputShape ? shapeText(l.outputShape) : '?', count(l.params)] as const);
  const lines = [
    t('model.cli.inputShape', { shape: shapeText(report.inputShape) }),
    ...(head ? [taskLine(head)] : []),
    ...table(rows),
    ` ${t('model.cli.total', { params: report.totalParams, size: memorySize(report.totalParams) })}`,
    ` ${t('model.cli.trainable', { params: report.trainableParams, size: memorySize(report.trainableParams) })}`,
    ` ${t('model.cli.nonTrainable', { params: report.nonTrainableParams, size: memorySize(report.nonTrainableParams) })}`,
    '',
    t('model.cli.howEach'),
  ];
  for (const l of report.layers) {
    lines.push(`${l.name} (${l.className})`, ...l.explanation.map((e) => `  ${t(e)}`));
    for (const a of l.advice) lines.push(`  ${t('model.cli.note', { text: a.message })}`, ...a.fixes.map((fix) => `    ${t('model.cli.fix', { text: fix.label })}`));
  }
  return lines;
}

/** --keras: the app's Keras code, under a line that says what it is. */
export function formatKeras(code: string): string[] {
  return [cliT()('model.cli.keras'), '', ...code.replace(/\n+$/, '').split('\n')];
}

/** What the app shows for an invalid model: each problem at its layer, expected, got, the fixes. */
export function formatAdvice(report: ModelReport, fileName: string): string[] {
  const t = cliT();
  // Every layer built: what stops it is its head (one softmax unit, a head that does not fit --task).
  const built = report.layers.length > 0 && report.layers.every((l) => l.outputShape !== null);
  const lines = [t('model.cli.invalid', { file: `“${fileName}”`, built: built ? 'yes' : 'no' })];
  if (report.layers.length === 0) lines.push(t('model.cli.noLayers', { example: '{"type": "dense", "units": 1}' }));
  for (const l of report.layers) {
    for (const a of l.advice) {
      lines.push(t('model.cli.layerAdvice', { n: l.index + 1, name: l.name, layer: l.className, warning: a.severity === 'warning' ? 'yes' : 'no', text: a.message }));
      if (a.expected) lines.push(`  ${t('model.cli.expected', { text: shapeOrWords(a.expected) })}`);
      if (a.got) lines.push(`  ${t('model.cli.got', { text: shapeOrWords(a.got) })}`);
      for (const fix of a.fixes) lines.push(`  ${t('model.cli.fix', { text: fix.label })}`);
      if (process.env.LAYERBENCH_DEBUG === '1' && a.detail) lines.push(`  Detail: ${a.detail}`);
    }
  }
  return lines;
}

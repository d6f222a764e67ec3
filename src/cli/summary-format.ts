/** The summary command's text: Keras 3's model.summary() table, the arithmetic, and advice. */
import type { HeadContext, ModelReport } from '../core/model/designer-types';
import { formatCount, plural, shapeText } from '../core/model/format';

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
  const header = ['Layer (type)', 'Output Shape', 'Param #'] as const;
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]?.length ?? 0)) + 2);
  const [w0 = 0, w1 = 0, w2 = 0] = widths;
  const cells = (r: readonly [string, string, string], edge: string, sep: string): string =>
    `${edge} ${r[0].padEnd(w0 - 1)}${sep} ${r[1].padEnd(w1 - 1)}${sep} ${r[2].padStart(w2 - 2)} ${edge}`;
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
  return head.task === 'classification'
    ? `Task: classification into ${plural(head.outputUnits, 'class', 'classes')}; the last layer is checked against it, as in the app.`
    : 'Task: regression (one number); the last layer is checked against it, as in the app.';
}

export function formatSummary(report: ModelReport, head?: HeadContext): string[] {
  const rows = report.layers.map((l) => [`${l.name} (${l.className})`, l.outputShape ? shapeText(l.outputShape) : '?', formatCount(l.params)] as const);
  const lines = [
    `Input shape: ${shapeText(report.inputShape)}`,
    ...(head ? [taskLine(head)] : []),
    ...table(rows),
    ` Total params: ${formatCount(report.totalParams)} (${memorySize(report.totalParams)})`,
    ` Trainable params: ${formatCount(report.trainableParams)} (${memorySize(report.trainableParams)})`,
    ` Non-trainable params: ${formatCount(report.nonTrainableParams)} (${memorySize(report.nonTrainableParams)})`,
    '',
    'How each number follows:',
  ];
  for (const l of report.layers) {
    lines.push(`${l.name} (${l.className})`, ...l.explanation.map((e) => `  ${e}`));
    for (const a of l.advice) lines.push(`  Note: ${a.message}`, ...a.fixes.map((fix) => `    Fix: ${fix.label}`));
  }
  return lines;
}

/** --keras: the app's Keras code, under a line that says what it is. */
export function formatKeras(code: string): string[] {
  return ['Keras code (Python, Keras 3), as the app shows it:', '', ...code.replace(/\n+$/, '').split('\n')];
}

/** What the app shows for an invalid model: each problem at its layer, expected, got, the fixes. */
export function formatAdvice(report: ModelReport, fileName: string): string[] {
  // Every layer built: what stops it is its head (one softmax unit, a head that does not fit --task).
  const built = report.layers.length > 0 && report.layers.every((l) => l.outputShape !== null);
  const lines = [`Error: the model in “${fileName}” ${built ? 'builds, but cannot be trained as it is' : 'cannot be built as it is'}.`];
  if (report.layers.length === 0) lines.push('It has no layers: add at least the output layer, e.g. {"type": "dense", "units": 1}.');
  for (const l of report.layers) {
    for (const a of l.advice) {
      lines.push(`Layer ${l.index + 1}, ${l.name} (${l.className}): ${a.severity === 'warning' ? 'Note: ' : ''}${a.message}`);
      if (a.expected) lines.push(`  Expected: ${a.expected}`);
      if (a.got) lines.push(`  Got: ${a.got}`);
      for (const fix of a.fixes) lines.push(`  Fix: ${fix.label}`);
      if (process.env.LAYERBENCH_DEBUG === '1' && a.detail) lines.push(`  Detail: ${a.detail}`);
    }
  }
  return lines;
}

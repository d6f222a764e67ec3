import type { ModelReport } from '../../../src/core/model/designer-types';

/** Every advice code of a report, layer by layer in order. */
export function codes(report: ModelReport): string[] {
  return report.layers.flatMap((l) => l.advice.map((a) => a.code));
}

/** The first advice with this code, and the layer it stands on. */
export function find(report: ModelReport, code: string) {
  for (const layer of report.layers) {
    const advice = layer.advice.find((a) => a.code === code);
    if (advice) return { layer: layer.index, advice };
  }
  return undefined;
}

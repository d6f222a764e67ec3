/** An exported model .zip imported as a run: what the record holds, that it predicts like the original, and what is refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors';
import { english, translator } from '../../../src/core/i18n/translate';
import { modelExportFiles, type ExportFile } from '../../../src/core/experiment/export';
import { manifestFile } from '../../../src/core/experiment/manifest';
import { importModelZip } from '../../../src/core/experiment/model-import';
import { zipFiles } from '../../../src/core/experiment/model-zip';
import { predictTable } from '../../../src/core/experiment/predict';
import { statusText } from '../../../src/core/experiment/record';
import { experimentRecordSchema } from '../../../src/core/experiment/schema';
import { modelFromWeights } from '../../../src/core/experiment/weights';
import { trainSmall, type Trained } from './fixtures';

const NOW = Date.UTC(2026, 11, 1, 9, 0);
let t: Trained;

beforeAll(async () => {
  t = await trainSmall();
}, 60_000);
afterAll(() => t.model.dispose());

function zipOf(files: readonly ExportFile[]): Uint8Array {
  return zipFiles(files, NOW);
}

/** The export with one JSON file edited, and its manifest written again (as a careful forger would). */
function edited(name: string, edit: (body: Record<string, unknown>) => void): Uint8Array {
  const files = modelExportFiles(t.record, t.weights).filter((f) => f.name !== 'manifest.json');
  const changed = files.map((f) => {
    if (f.name !== name) return f;
    const body = JSON.parse(f.data as string) as Record<string, unknown>;
    edit(body);
    return { name, data: JSON.stringify(body) };
  });
  return zipOf([...changed, manifestFile(changed)]);
}

function refusal(bytes: Uint8Array): AppError {
  try {
    importModelZip(bytes, 'model.zip', { id: 'new', now: NOW });
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('importModelZip', () => {
  it('gives a new run with the model, preprocessing, plan and settings, and no training history', () => {
    const { record, weights } = importModelZip(zipOf(modelExportFiles(t.record, t.weights)), 'penguins-mlp.zip', { id: 'imported-1', now: NOW });
    expect(experimentRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      id: 'imported-1',
      name: t.record.name,
      createdAt: t.record.createdAt,
      updatedAt: NOW,
      status: 'completed',
      dataset: t.record.dataset,
      task: t.record.task,
      plan: t.record.plan,
      model: t.record.model,
      settings: t.record.settings,
      preprocessing: t.record.preprocessing,
      spec: t.record.spec,
      history: [],
      bestEpoch: t.weights.epoch,
      hasWeights: true,
      importedModel: { file: 'penguins-mlp.zip' },
    });
    for (const absent of ['evaluation', 'split', 'summary', 'testExamples', 'elapsedMs'] as const) expect(record[absent], absent).toBeUndefined();
    expect(english(statusText(record))).toBe('Imported model: no training history');
    expect(translator('ko')(statusText(record))).toBe('가져온 모델: 학습 기록 없음');
    expect(weights.weightSpecs).toEqual(t.weights.weightSpecs);
    expect(new Uint8Array(weights.weightData)).toEqual(new Uint8Array(t.weights.weightData));
    expect(weights.epoch).toBe(t.weights.epoch);
  });

  it('predicts exactly what the trained model predicts', async () => {
    const { record, weights } = importModelZip(zipOf(modelExportFiles(t.record, t.weights)), 'm.zip', { id: 'x', now: NOW });
    const model = await modelFromWeights(weights);
    const again = await predictTable(model, record.preprocessing!, t.dataset);
    model.dispose();
    const original = await predictTable(t.model, t.record.preprocessing!, t.dataset);
    expect(again.predicted).toEqual(original.predicted);
    expect(Array.from(again.probabilities!)).toEqual(Array.from(original.probabilities!));
  });

  it('refuses an export without the layers, from a newer Layerbench, or not from Layerbench', () => {
    const older = refusal(edited('preprocessing.json', (b) => {
      delete b.spec;
      delete b.model;
    }));
    expect(older.code).toBe('import/model-older');
    expect(english(older.msg!)).toBe('“model.zip” was exported by an older Layerbench, which did not write the layers into preprocessing.json. Export the model again to import it.');
    expect(refusal(edited('preprocessing.json', (b) => void (b.version = 2))).code).toBe('import/model-newer');
    const foreign = refusal(edited('preprocessing.json', (b) => void (b.format = 'something-else')));
    expect(foreign.code).toBe('import/model-damaged');
    expect(english(foreign.msg!)).toBe('“model.zip” holds a model whose preprocessing.json Layerbench cannot read. Export the model again.');
    expect(refusal(edited('preprocessing.json', (b) => void (b.plan = 'nonsense'))).code).toBe('import/model-damaged');
  });

  it('reads weights only from the files the manifest lists, and of the size the layers need', () => {
    const outside = refusal(edited('model.json', (b) => {
      (b.weightsManifest as { paths: string[] }[])[0]!.paths = ['../weights.bin'];
    }));
    expect(outside.code).toBe('import/model-weights-outside');
    expect(english(outside.msg!)).toBe('model.json in “model.zip” names a weight file “../weights.bin” that is not one of the model’s files.');
    expect(refusal(edited('model.json', (b) => {
      (b.weightsManifest as { paths: string[] }[])[0]!.paths = ['manifest.json'];
    })).code).toBe('import/model-weights-outside');
    expect(refusal(edited('model.json', (b) => {
      (b.weightsManifest as { weights: unknown[] }[])[0]!.weights.pop();
    })).code).toBe('import/model-weights-size');
  });

  it('refuses a zip whose files do not match their manifest before reading them', () => {
    const files = modelExportFiles(t.record, t.weights).map((f) => (f.name === 'preprocessing.json' ? { name: f.name, data: `${f.data as string} ` } : f));
    expect(refusal(zipOf(files)).code).toBe('model-folder/file-changed');
  });
});

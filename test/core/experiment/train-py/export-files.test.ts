/** train.py and requirements.txt in every model export: listed in the manifest, read back from a zip, older zips still load. */
import { beforeAll, describe, expect, it } from 'vitest';
import { modelExportFiles } from '../../../../src/core/experiment/export';
import { manifestFile } from '../../../../src/core/experiment/manifest';
import { readModelZip, zipFiles } from '../../../../src/core/experiment/model-zip';
import { requirementsText, trainPython } from '../../../../src/core/experiment/train-py/train-py';
import type { Preprocessing } from '../../../../src/core/features/types';
import { trainSmall, type Trained } from '../fixtures';

let trained: Trained;
beforeAll(async () => {
  trained = await trainSmall();
}, 60_000);

const text = (data: Uint8Array | string): string => (typeof data === 'string' ? data : new TextDecoder().decode(data));

describe('the export’s Keras training project', () => {
  it('writes train.py and requirements.txt before manifest.json, which lists them', () => {
    const files = modelExportFiles(trained.record, trained.weights);
    expect(files.map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'preprocessing.json', 'model.py', 'train.py', 'requirements.txt', 'manifest.json']);
    const manifest = JSON.parse(text(files[6]?.data ?? '')) as { files: { name: string }[] };
    expect(manifest.files.map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'preprocessing.json', 'model.py', 'train.py', 'requirements.txt']);
  });

  it('embeds the saved preprocessing and settings in train.py, and builds the network of model.py', () => {
    const record = trained.record;
    const script = trainPython({ ...record, preprocessing: record.preprocessing as Preprocessing, spec: record.spec as NonNullable<typeof record.spec> });
    const embedded = /CONFIG = json\.loads\(r"""\n([\s\S]*?)\n"""\)/.exec(script)?.[1] ?? '';
    const config = JSON.parse(embedded) as { slots: unknown; classes: unknown; settings: unknown; task: string };
    expect(config.slots).toEqual(record.preprocessing?.slots);
    expect(config.classes).toEqual(record.preprocessing?.classes);
    expect(config.settings).toEqual(record.settings);
    expect(script).toContain('layers.Dense(3, activation="softmax")');
    expect(script).toContain('LOSS = "categorical_crossentropy"');
    expect(script).toContain(`keras.optimizers.Adam(`);
    expect(requirementsText({ ...record, preprocessing: record.preprocessing as Preprocessing, spec: record.spec as NonNullable<typeof record.spec> })).not.toContain('pillow');
  });

  it('asks for Pillow for images, and gives train.py of a sequence model its recordings and layout', () => {
    const record = trained.record;
    const spec = record.spec as NonNullable<typeof record.spec>;
    const pre = record.preprocessing as Preprocessing;
    const image = { ...pre, slots: [], image: { height: 8, width: 8, channels: 1 as const, resize: 'bilinear' as const, pixelScale: 'divide-by-255' as const, alpha: 'dropped' as const } };
    expect(requirementsText({ ...record, preprocessing: image, spec })).toMatch(/^pillow$/m);
    expect(trainPython({ ...record, preprocessing: image, spec })).toContain('def resize_bilinear(');
    const sequence = { ...pre, sequence: { layout: 'grouped' as const, idColumn: 'id', orderColumn: null, length: 10, stride: 1, padding: 'post' as const, truncation: 'post' as const, maskValue: 0 as const, missing: 'carry-forward' as const } };
    const sequences = trainPython({ ...record, preprocessing: sequence, spec });
    expect(sequences).toContain('def load_sequences(');
    expect(sequences).toContain('train_part, test_part = load_sequences(args.data)');
    expect(sequences).not.toContain('this model reads sequences');
    const embedded = /CONFIG = json\.loads\(r"""\n([\s\S]*?)\n"""\)/.exec(sequences)?.[1] ?? '';
    expect(JSON.parse(embedded)).toMatchObject({ kind: 'sequences', sequence: { layout: 'grouped', idColumn: 'id', length: 10 } });
    expect(requirementsText({ ...record, preprocessing: sequence, spec })).not.toContain('pillow');
    expect(trainPython({ ...record, preprocessing: pre, spec })).not.toContain('def load_sequences(');
  });

  it('reads the seven files back from a zip, and still loads a zip exported before train.py', () => {
    const files = modelExportFiles(trained.record, trained.weights);
    const zipped = readModelZip(zipFiles(files, Date.UTC(2026, 0, 1)), 'model.zip');
    expect([...zipped.files.keys()].sort()).toEqual(['model.json', 'model.py', 'preprocessing.json', 'requirements.txt', 'train.py', 'weights.bin']);
    const older = files.filter((f) => !['train.py', 'requirements.txt', 'manifest.json'].includes(f.name));
    const old = readModelZip(zipFiles([...older, manifestFile(older)], Date.UTC(2025, 0, 1)), 'old.zip');
    expect([...old.files.keys()].sort()).toEqual(['model.json', 'model.py', 'preprocessing.json', 'weights.bin']);
  });
});

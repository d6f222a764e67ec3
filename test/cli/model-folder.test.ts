/**
 * Reading a model folder for `predict`: files checked against manifest.json, weight paths kept
 * inside the folder (real paths), a short weights.bin named as such, no errno as a message.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelFromFolder, openModelFolder, preprocessingOf } from '../../src/cli/model-folder';
import { modelExportFiles, type ExportFile } from '../../src/core/experiment/export';
import { manifestFile } from '../../src/core/experiment/manifest';
import { trainSmall, type Trained } from '../core/experiment/fixtures';

let t: Trained;
let files: ExportFile[] = [];
let root = '';

beforeAll(async () => {
  t = await trainSmall();
  files = modelExportFiles(t.record, t.weights);
  root = mkdtempSync(join(tmpdir(), 'layerbench-folder-'));
}, 60_000);
afterAll(() => {
  t.model.dispose();
  rmSync(root, { recursive: true, force: true });
});

/** Writes the export into `name`, with `change` applied to the four files and a manifest made to match them. */
function folder(name: string, change: (files: ExportFile[]) => ExportFile[] = (f) => f, matchingManifest = true): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const four = change(files.filter((f) => f.name !== 'manifest.json'));
  const all = matchingManifest ? [...four, manifestFile(four)] : [...four, files.find((f) => f.name === 'manifest.json')!];
  for (const f of all) writeFileSync(join(dir, f.name), f.data);
  return dir;
}

function withModelJson(edit: (json: { weightsManifest: { paths: string[] }[] }) => void) {
  return (four: ExportFile[]) =>
    four.map((f) => {
      if (f.name !== 'model.json') return f;
      const json = JSON.parse(f.data as string) as { weightsManifest: { paths: string[] }[] };
      edit(json);
      return { name: f.name, data: JSON.stringify(json) };
    });
}

async function refusal(dir: string): Promise<string> {
  try {
    const opened = openModelFolder(dir);
    preprocessingOf(opened);
    (await modelFromFolder(opened)).dispose();
  } catch (err) {
    const message = (err as Error).message;
    expect(message).not.toMatch(/\bE[A-Z]{3,}\b/);
    return message;
  }
  throw new Error(`${dir} was accepted`);
}

describe('openModelFolder', () => {
  it('reads an intact export: the model and its preprocessing', async () => {
    const dir = folder('intact');
    const opened = openModelFolder(dir);
    expect(opened.notes).toEqual([]);
    expect(preprocessingOf(opened)).toEqual(t.record.preprocessing);
    const model = await modelFromFolder(opened);
    expect(model.outputs[0]?.shape).toEqual([null, 3]);
    model.dispose();
  });

  it('refuses files from two saves, a missing file and a folder without manifest, naming the file', async () => {
    const mixed = folder('mixed', (four) => four.map((f) => (f.name === 'preprocessing.json' ? { name: f.name, data: (f.data as string).replace('"species"', '"SPECIES"') } : f)), false);
    expect(await refusal(mixed)).toMatch(/^preprocessing\.json in “.*mixed” does not belong to this model: it was changed or replaced after the model was saved\./);
    const missing = folder('missing');
    rmSync(join(missing, 'model.py'));
    expect(await refusal(missing)).toMatch(/^“.*missing” has no model\.py, which this model needs: the folder is incomplete\./);
    const legacy = folder('legacy');
    rmSync(join(legacy, 'manifest.json'));
    expect(await refusal(legacy)).toMatch(/^“.*legacy” has no manifest\.json, so Layerbench cannot check that its files belong to one model .* Export the model again from the app, or train again with --out\.$/);
  });

  it('refuses a weight path outside the folder, even when the manifest agrees, and a weights.bin that links outside', async () => {
    writeFileSync(join(root, 'outside.bin'), new Uint8Array(t.weights.weightData.slice(0)));
    for (const path of ['../outside.bin', '../../../etc/passwd', '/etc/passwd', `${root}/outside.bin`]) {
      const dir = folder(`path-${path.replace(/\W/g, '_')}`, withModelJson((j) => (j.weightsManifest[0]!.paths = [path])));
      expect(await refusal(dir)).toBe(`model.json in “${dir}” names a weight file outside the model folder (“${path}”); Layerbench reads only the files inside it.`);
    }
    const unlisted = folder('unlisted', withModelJson((j) => (j.weightsManifest[0]!.paths = ['model.bin'])));
    expect(await refusal(unlisted)).toMatch(/names a weight file “model\.bin” that is not one of the model’s files/);
    const linked = folder('linked');
    rmSync(join(linked, 'weights.bin'));
    symlinkSync(join(root, 'outside.bin'), join(linked, 'weights.bin'));
    expect(await refusal(linked)).toMatch(/^weights\.bin in “.*linked” is a link to a file outside the model folder/);
    // A link inside the folder is followed.
    const inner = folder('inner', withModelJson((j) => (j.weightsManifest[0]!.paths = ['./sub/../weights.bin'])));
    expect(preprocessingOf(openModelFolder(inner))).toEqual(t.record.preprocessing);
    (await modelFromFolder(openModelFolder(inner))).dispose();
  });

  it('calls a truncated weights.bin too short, not a model.json problem, even with a manifest made to match', async () => {
    const short = folder('short', (four) => four.map((f) => (f.name === 'weights.bin' ? { name: f.name, data: (f.data as Uint8Array).subarray(0, 100) } : f)));
    const message = await refusal(short);
    expect(message).toMatch(/^weights\.bin in “.*short” is too short: the model needs [\d,]+ bytes of weights and there are 100\./);
    const cut = folder('cut');
    writeFileSync(join(cut, 'weights.bin'), readFileSync(join(cut, 'weights.bin')).subarray(0, 10));
    expect(await refusal(cut)).toMatch(/^weights\.bin in “.*cut” does not belong to this model: it is shorter than when the model was saved \(10 of/);
  });

  it('says plainly what is wrong with the folder itself: missing, a file, a folder where a file should be', async () => {
    expect(await refusal(join(root, 'nothing'))).toMatch(/^There is no model folder “.*nothing”/);
    writeFileSync(join(root, 'a-file'), 'x');
    expect(await refusal(join(root, 'a-file'))).toMatch(/^“.*a-file” is a file, not a model folder/);
    const dirAsFile = folder('dir-as-file');
    rmSync(join(dirAsFile, 'model.json'));
    mkdirSync(join(dirAsFile, 'model.json'));
    expect(await refusal(dirAsFile)).toMatch(/^model\.json in “.*dir-as-file” is a folder, not a file/);
    mkdirSync(join(root, 'plain'));
    expect(await refusal(join(root, 'plain'))).toMatch(/is not a model folder \(it has no manifest\.json and no model\.json\)/);
  });
});

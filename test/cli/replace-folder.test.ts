/** Replacing a model folder as a whole, the check of a destination before training, and putting back a model after a kill. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkModelDestination, locateModelFolder, replaceModelFolder } from '../../src/cli/replace-folder';
import { manifestFile } from '../../src/core/experiment/manifest';
import { english } from '../../src/core/i18n/translate';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'layerbench-replace-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function modelFiles(tag: string) {
  const files = [
    { name: 'model.json', data: `{"model":"${tag}"}` },
    { name: 'weights.bin', data: new Uint8Array([tag.length, 1, 2]) },
    { name: 'preprocessing.json', data: `{"format":"layerbench-preprocessing","tag":"${tag}"}` },
  ];
  return [...files, manifestFile(files)];
}

function writeFolder(dir: string, files: readonly { name: string; data: Uint8Array | string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.data);
}

const refusal = (dir: string) => {
  try {
    checkModelDestination(dir);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

describe('checkModelDestination', () => {
  it('accepts a new folder (its parents too), an empty folder, and a Layerbench model folder old or new', () => {
    expect(refusal(join(root, 'new'))).toBeNull();
    expect(refusal(join(root, 'a', 'b', 'c'))).toBeNull();
    mkdirSync(join(root, 'empty'));
    expect(refusal(join(root, 'empty'))).toBeNull();
    writeFolder(join(root, 'model'), modelFiles('A'));
    expect(refusal(join(root, 'model'))).toBeNull();
    // Saved before manifest.json existed: recognised by its preprocessing.json.
    writeFolder(join(root, 'legacy'), modelFiles('A').filter((f) => f.name !== 'manifest.json'));
    expect(refusal(join(root, 'legacy'))).toBeNull();
    expect(readdirSync(root).sort()).toEqual(['empty', 'legacy', 'model']);
  });

  it('refuses a file, a path through a file, a folder of other files and a link, in one plain sentence each', () => {
    writeFileSync(join(root, 'f'), 'x');
    expect(refusal(join(root, 'f'))).toMatch(/^Cannot write the model into “.*f”: a file has that name, and a model is a folder of files\. Choose another name\.$/);
    expect(refusal(join(root, 'f', 'm'))).toMatch(/^Cannot write the model into “.*m”: “.*f” is a file, not a folder\.$/);
    writeFolder(join(root, 'mine'), [{ name: 'thesis.docx', data: 'x' }, { name: 'model.json', data: '{}' }]);
    expect(refusal(join(root, 'mine'))).toMatch(/that folder already holds files that are not a Layerbench model \(thesis\.docx\), and Layerbench never replaces those/);
    // Only our file names, but not written by Layerbench: a user's own model.py.
    writeFolder(join(root, 'script'), [{ name: 'model.py', data: 'print(1)' }]);
    expect(refusal(join(root, 'script'))).toMatch(/not a Layerbench model, and Layerbench never replaces those/);
    symlinkSync(join(root, 'mine'), join(root, 'link'));
    expect(refusal(join(root, 'link'))).toMatch(/it is a link to another place/);
    for (const m of [refusal(join(root, 'f')), refusal(join(root, 'f', 'm'))]) expect(m).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});

describe('replaceModelFolder', () => {
  it('replaces a model folder whole, leaving nothing beside it, and removes leftovers of killed saves', () => {
    const dir = join(root, 'model');
    writeFolder(dir, modelFiles('A'));
    writeFolder(`${dir}.tmp-0123456789ab`, modelFiles('half').slice(0, 2));
    writeFolder(`${dir}.old-0123456789ab`, modelFiles('older'));
    writeFolder(`${dir}.old-abcdefabcdef`, [{ name: 'keep.txt', data: 'x' }]);
    writeFolder(`${dir}.old-backup`, modelFiles('mine'));
    replaceModelFolder(dir, modelFiles('B'));
    expect(readFileSync(join(dir, 'model.json'), 'utf8')).toBe('{"model":"B"}');
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'model.json', 'preprocessing.json', 'weights.bin']);
    // A folder named like a leftover but holding other files, or named otherwise, is not removed.
    expect(readdirSync(root).sort()).toEqual(['model', 'model.old-abcdefabcdef', 'model.old-backup']);
  });

  it('on failure keeps the old folder as it was and leaves no temporary folder', () => {
    const dir = join(root, 'model');
    writeFolder(dir, modelFiles('A'));
    const twice = [...modelFiles('B'), { name: 'model.json', data: 'again' }];
    expect(() => replaceModelFolder(dir, twice)).toThrow(/^Cannot write the model into “.*model”: the folder cannot be created or written\.$/);
    expect(readFileSync(join(dir, 'model.json'), 'utf8')).toBe('{"model":"A"}');
    expect(readdirSync(root)).toEqual(['model']);
    expect(() => replaceModelFolder(join(root, 'mine'), modelFiles('B'))).not.toThrow();
    writeFileSync(join(root, 'mine', 'notes.txt'), 'x');
    expect(() => replaceModelFolder(join(root, 'mine'), modelFiles('C'))).toThrow(/never replaces those/);
    expect(readFileSync(join(root, 'mine', 'notes.txt'), 'utf8')).toBe('x');
  });
});

describe('locateModelFolder', () => {
  it('puts back the model a save killed between its two renames had moved aside', () => {
    const dir = join(root, 'model');
    writeFolder(`${dir}.old-0123456789ab`, modelFiles('A'));
    writeFolder(`${dir}.tmp-0123456789ab`, modelFiles('B'));
    const found = locateModelFolder(dir);
    expect(found.path).toBe(dir);
    expect(english(found.note!)).toMatch(/^The last save into “.*model” was interrupted; the model it was replacing has been put back\.$/);
    expect(readFileSync(join(dir, 'model.json'), 'utf8')).toBe('{"model":"A"}');
    expect(locateModelFolder(dir)).toEqual({ path: dir });
  });

  it('leaves the choice to the user when there are two earlier copies, and says nothing when there are none', () => {
    const dir = join(root, 'model');
    writeFolder(`${dir}.old-backup`, modelFiles('mine'));
    expect(locateModelFolder(dir)).toEqual({ path: dir });
    writeFolder(`${dir}.old-aaaaaaaaaaaa`, modelFiles('A'));
    writeFolder(`${dir}.old-bbbbbbbbbbbb`, modelFiles('B'));
    expect(() => locateModelFolder(dir)).toThrow(/“.*model” is missing, and several earlier copies of it are beside it \(model\.old-aaaaaaaaaaaa, model\.old-bbbbbbbbbbbb\)/);
    expect(existsSync(dir)).toBe(false);
  });
});

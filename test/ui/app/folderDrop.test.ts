
import { describe, expect, it } from 'vitest';
import type { DroppedDirectoryEntry, DroppedEntry, DroppedFileEntry } from '../../../src/ui/app/folderDrop';
import { readDroppedFolder } from '../../../src/ui/app/folderDrop';

function file(name: string): DroppedFileEntry {
  return { name, isFile: true, isDirectory: false, file: (ok) => ok(new File([name], name)) };
}

/** A folder whose reader answers in chunks of `chunk` entries, as Chromium's does (100 at a time). */
function dir(name: string, children: DroppedEntry[], chunk = 2): DroppedDirectoryEntry {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader() {
      let at = 0;
      return {
        readEntries(ok) {
          ok(children.slice(at, at + chunk));
          at += chunk;
        },
      };
    },
  };
}

describe('readDroppedFolder', () => {
  it('reads every chunk of every sub-folder, with paths relative to the dropped folder, hidden entries left out', async () => {
    const root = dir('pets', [
      dir('dog', [file('d2.png'), file('d1.png'), dir('puppies', [file('p.png')])]),
      dir('cat', [file('c1.png'), file('.DS_Store'), file('c2.png'), file('c3.png')]),
      dir('.git', [file('HEAD')]),
      file('notes.txt'),
    ]);
    const folder = await readDroppedFolder(root);
    expect(folder.name).toBe('pets');
    expect(folder.files.map((f) => f.relativePath)).toEqual([
      'cat/c1.png',
      'cat/c2.png',
      'cat/c3.png',
      'dog/d1.png',
      'dog/d2.png',
      'dog/puppies/p.png',
      'notes.txt',
    ]);
    expect(await folder.files[3]?.file.text()).toBe('d1.png');
  });

  it('refuses a folder with more files than the limit, naming it', async () => {
    const root = dir('big', [dir('a', [file('1.png'), file('2.png'), file('3.png')])]);
    await expect(readDroppedFolder(root, 2)).rejects.toThrow(/“big” holds more than 2 files/);
  });
});

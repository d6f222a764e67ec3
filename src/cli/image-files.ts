/**
 * Image datasets on disk for the CLI: a folder walked with fs, or a CSV of image paths, turned
 * into core's ImageSource (index + read + decode). Paths never leave the chosen root.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../core/errors';
import { indexImageCsv } from '../core/sources/images/index-csv';
import { indexImageFolder } from '../core/sources/images/index-folder';
import { normaliseRelativePath } from '../core/sources/images/paths';
import type { ImageIndex, ImageSource } from '../core/sources/images/types';
import { decodeImageNode } from './image-decoders';

/** Stops a folder with a million files from taking the machine down before anything is said. */
const MAX_FILES = 200_000;

/** Every file under `root`, as '/'-separated paths relative to it (hidden folders skipped). */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(root, full).split(sep).join('/'));
      if (out.length > MAX_FILES) {
        throw new AppError({ code: 'images/too-many-files', message: `“${root}” holds more than ${MAX_FILES.toLocaleString('en-US')} files; choose a smaller folder.` });
      }
    }
  };
  walk(root);
  return out.sort();
}

/** Reads files by relative path under `root`, refusing any path that would leave it. */
export function fileReader(root: string): (relativePath: string) => Promise<Uint8Array> {
  const base = resolve(root);
  return async (relativePath) => {
    const clean = normaliseRelativePath(relativePath);
    const full = clean === null ? null : resolve(base, clean);
    if (full === null || (full !== base && !full.startsWith(base + sep))) throw new Error('the path points outside the dataset folder');
    try {
      return new Uint8Array(await readFile(full));
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      // Plain words for the usual cases; skipReason adds "could not be read (…)".
      if (code === 'ENOENT') throw new Error('no such file');
      if (code === 'EACCES' || code === 'EPERM') throw new Error('permission denied');
      if (code === 'EISDIR') throw new Error('it is a folder');
      throw err;
    }
  };
}

export function isImageCsv(path: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(path);
}

export async function loadImageSource(path: string, choice: { pathColumn?: string; target?: string } = {}): Promise<ImageSource> {
  const stat = statSync(path);
  let index: ImageIndex;
  let root: string;
  if (stat.isDirectory()) {
    root = path;
    index = indexImageFolder(basename(resolve(path)), listFiles(path));
  } else {
    root = dirname(path);
    index = await indexImageCsv(await readFile(path, 'utf8'), basename(path), choice);
  }
  return { index, read: fileReader(root), decode: (bytes) => decodeImageNode(bytes) };
}

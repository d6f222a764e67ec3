/**
 * Image datasets on disk for the CLI: a folder walked with fs, or a CSV of image paths, turned
 * into core's ImageSource (index + read + decode). Paths never leave the chosen root: neither
 * by ".." nor by a symbolic link, since what is compared is the real path on disk.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { AppError, quoteInput } from '../core/errors';
import { msg } from '../core/i18n/message';
import { indexImageCsv } from '../core/sources/images/index-csv';
import { indexImageFolder } from '../core/sources/images/index-folder';
import { normaliseRelativePath } from '../core/sources/images/paths';
import { imageRefusals, MAX_IMAGE_FILE_BYTES, refusedImage } from '../core/sources/images/refusals';
import type { ImageIndex, ImageSource } from '../core/sources/images/types';
import { cannotOpen, errnoReason } from './file-errors';
import { decodeImageNode } from './image-decoders';

/** Stops a folder with a million files from taking the machine down before anything is said. */
const MAX_FILES = 200_000;
/** As in the app: an image file larger than this is not read at all. */

/**
 * Every file under `root`, as '/'-separated paths relative to it (hidden folders skipped).
 * A link to a file is listed, so that the reader can say why it is skipped when it leads
 * outside the folder; links to folders are not followed.
 */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      throw cannotOpen(dir, err, 'folder');
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() || (entry.isSymbolicLink() && !isFolderLink(full))) out.push(relative(root, full).split(sep).join('/'));
      if (out.length > MAX_FILES) {
        throw new AppError({ code: 'images/too-many-files', message: msg('cli.file.tooManyFiles', { folder: quoteInput(root), max: MAX_FILES }) });
      }
    }
  };
  walk(root);
  return out.sort();
}

function isFolderLink(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a broken link: listed, and skipped with its reason when read
  }
}

function isInside(base: string, path: string): boolean {
  return path === base || path.startsWith(base.endsWith(sep) ? base : base + sep);
}


/** Reads files by relative path under `root`, refusing any path whose real location is outside it. */
export function fileReader(root: string): (relativePath: string) => Promise<Uint8Array> {
  const base = resolve(root);
  let realBase: Promise<string> | undefined;
  return async (relativePath) => {
    const clean = normaliseRelativePath(relativePath);
    const full = clean === null ? null : resolve(base, clean);
    if (full === null || !isInside(base, full)) {
      throw refusedImage('images/outside-folder', imageRefusals.outsideFolder(), relativePath);
    }
    let real: string;
    try {
      realBase ??= realpath(base);
      const [b, r] = await Promise.all([realBase, realpath(full)]);
      if (!isInside(b, r)) {
        throw refusedImage('images/link-outside-folder', imageRefusals.linkOutside(), `${full} → ${r}`);
      }
      real = r;
      const info = await stat(real);
      if (info.isDirectory()) throw refusedImage('images/is-folder', imageRefusals.isFolder(), real);
      if (info.size > MAX_IMAGE_FILE_BYTES) {
        throw refusedImage('images/file-too-large', imageRefusals.tooLarge(info.size), real);
      }
      return new Uint8Array(await readFile(real));
    } catch (err) {
      if (err instanceof AppError) throw err;
      // Plain words for the system's codes, in the reader's language: "could not be read (no such file)".
      throw new AppError({ code: 'images/unreadable', message: msg('cli.file.couldNotRead', { reason: errnoReason(err) ?? imageRefusals.unreadable() }), detail: String(err) });
    }
  };
}

export function isImageCsv(path: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(path);
}

export async function loadImageSource(path: string, choice: { pathColumn?: string; target?: string } = {}): Promise<ImageSource> {
  let index: ImageIndex;
  let root: string;
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (err) {
    throw cannotOpen(path, err, 'file or folder');
  }
  if (isFolder) {
    root = path;
    index = indexImageFolder(basename(resolve(path)), listFiles(path));
  } else {
    root = dirname(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      throw cannotOpen(path, err);
    }
    index = await indexImageCsv(text, basename(path), choice);
  }
  return { index, read: fileReader(root), decode: (bytes, relativePath) => decodeImageNode(bytes, relativePath) };
}

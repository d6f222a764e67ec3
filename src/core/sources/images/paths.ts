/**
 * Paths inside an image dataset: '/'-separated, relative to the root the user chose, never
 * escaping it. The same rules serve Node's fs walk, a browser's webkitRelativePath and a CSV column.
 */
import type { ImageFormat } from './types';

const FORMAT_OF_EXTENSION: Readonly<Record<string, ImageFormat>> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jfif: 'jpeg',
  bmp: 'bmp',
  gif: 'gif',
  webp: 'webp',
};

/** The image format a file name announces, or null when it is not an image we read. */
export function imageFormatOf(path: string): ImageFormat | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return FORMAT_OF_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null;
}

/**
 * The canonical form of a relative path ("a/./b\\c.png" → "a/b/c.png"), or null when it is
 * empty, absolute (/x, C:\x, \\server) or climbs above the root with "..".
 */
export function normaliseRelativePath(path: string): string | null {
  const trimmed = path.trim();
  if (trimmed === '' || /^[A-Za-z]:/.test(trimmed) || /^[/\\]/.test(trimmed) || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return null;
  const parts: string[] = [];
  for (const part of trimmed.split(/[/\\]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.length === 0 ? null : parts.join('/');
}

/** Drops the first folder of every path when they all share it ("root/cls/a.png" → "cls/a.png"), as a browser's folder picker names files. */
export function stripTopFolder(paths: readonly string[]): string[] {
  const split = paths.map((p) => p.split('/'));
  const first = split[0]?.[0];
  if (first === undefined || split.some((parts) => parts.length < 2 || parts[0] !== first)) return [...paths];
  return split.map((parts) => parts.slice(1).join('/'));
}

/** The folder part of a path ("a/b/c.png" → "a/b"; "c.png" → ""). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** A path relative to the root, from one relative to `base` (a folder inside the root); null when it escapes the root. */
export function resolveFrom(base: string, path: string): string | null {
  if (normaliseRelativePath(path) === null && !path.trim().startsWith('..')) return null;
  return normaliseRelativePath(base === '' ? path : `${base}/${path}`);
}

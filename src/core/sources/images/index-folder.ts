/**
 * A folder with one sub-folder per class → ImageIndex. Built from a plain list of paths so the
 * same code serves Node's fs walk, a browser's folder picker and Electron.
 */
import { AppError, quoteInput } from '../../errors';
import { msg } from '../../i18n/message';
import { imageRefusals } from './refusals';
import { imageFormatOf, normaliseRelativePath } from './paths';
import type { ImageEntry, ImageIndex, SkippedFile } from './types';

function byPath(a: { relativePath: string }, b: { relativePath: string }): number {
  return a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0;
}

/** Hidden and system files a folder picker brings along; not worth a line in the report. */
function isHiddenOrSystem(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX' || part === 'Thumbs.db' || part === 'desktop.ini');
}

/**
 * `paths` are relative to the chosen folder; the class of an image is its first folder
 * ("cat/x.png" → "cat", "cat/more/y.png" → "cat"). Images directly in the root have no class
 * and are ignored with the reason; so are files that are not images.
 */
export function indexImageFolder(name: string, paths: readonly string[]): ImageIndex {
  const entries: ImageEntry[] = [];
  const ignored: SkippedFile[] = [];
  for (const raw of paths) {
    const path = normaliseRelativePath(raw);
    if (path === null) {
      ignored.push({ relativePath: raw, reason: imageRefusals.outsideFolder() });
      continue;
    }
    if (isHiddenOrSystem(path)) continue;
    const slash = path.indexOf('/');
    if (imageFormatOf(path) === null) {
      const dot = path.lastIndexOf('.');
      const ext = dot > path.lastIndexOf('/') ? path.slice(dot) : '';
      ignored.push({ relativePath: path, reason: ext ? msg('sources.images.ignored.notImage', { ext }) : msg('sources.images.ignored.noExtension') });
      continue;
    }
    if (slash < 0) {
      ignored.push({ relativePath: path, reason: msg('sources.images.ignored.noClass') });
      continue;
    }
    entries.push({ relativePath: path, label: path.slice(0, slash) });
  }
  entries.sort(byPath);
  ignored.sort(byPath);
  const classes = [...new Set(entries.map((e) => e.label as string))].sort();
  if (entries.length === 0) {
    throw new AppError({
      code: 'images/no-images',
      message: msg('sources.images.folder.noImages', { name: quoteInput(name) }),
      detail: `${paths.length} paths, ${ignored.length} ignored`,
    });
  }
  if (classes.length < 2) {
    throw new AppError({
      code: 'images/one-class',
      message: msg('sources.images.folder.oneClass', { name: quoteInput(name), label: quoteInput(classes[0] ?? '') }),
      detail: `classes: ${classes.join(', ')}`,
    });
  }
  return {
    name,
    source: 'folder',
    task: 'classification',
    targetName: 'class',
    taskReason: msg('sources.images.folder.taskReason', { classes: classes.length }),
    entries,
    classes,
    ignored,
  };
}

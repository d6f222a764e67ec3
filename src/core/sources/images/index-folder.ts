/**
 * A folder with one sub-folder per class → ImageIndex. Built from a plain list of paths so the
 * same code serves Node's fs walk, a browser's folder picker and Electron.
 */
import { AppError } from '../../errors';
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
      ignored.push({ relativePath: raw, reason: 'the path points outside the chosen folder, so it was not read' });
      continue;
    }
    if (isHiddenOrSystem(path)) continue;
    const slash = path.indexOf('/');
    if (imageFormatOf(path) === null) {
      const dot = path.lastIndexOf('.');
      const ext = dot > path.lastIndexOf('/') ? path.slice(dot) : '';
      ignored.push({ relativePath: path, reason: ext ? `not an image we read (${ext}); PNG, JPEG, BMP, GIF and WebP are` : 'not an image file (no extension)' });
      continue;
    }
    if (slash < 0) {
      ignored.push({ relativePath: path, reason: 'an image directly in the chosen folder has no class: put it in a sub-folder named after its class' });
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
      message: `No images were found in the sub-folders of “${name}”. Put the images of each class in a sub-folder named after the class (for example cat/ and dog/), as PNG, JPEG, BMP, GIF or WebP files.`,
      detail: `${paths.length} paths, ${ignored.length} ignored`,
    });
  }
  if (classes.length < 2) {
    throw new AppError({
      code: 'images/one-class',
      message: `“${name}” has images of only one class (“${classes[0] ?? ''}”). A classifier needs at least two: add a sub-folder for each other class.`,
      detail: `classes: ${classes.join(', ')}`,
    });
  }
  return {
    name,
    source: 'folder',
    task: 'classification',
    targetName: 'class',
    taskReason: `The images are sorted into ${classes.length} sub-folders, so each sub-folder is a class and this is classification.`,
    entries,
    classes,
    ignored,
  };
}

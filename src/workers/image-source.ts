/**
 * Images handed to a worker as Blobs → core's ImageSource: the index built by core from the
 * files' relative paths, reads from the Blobs, and decoding by the browser itself
 * (createImageBitmap + OffscreenCanvas: PNG, JPEG, BMP, GIF's first frame, WebP).
 */
import { AppError, quoteInput } from '../core/errors';
import { msg, type Message } from '../core/i18n/message';
import { checkImageSize } from '../core/sources/images/header';
import { indexImageCsv } from '../core/sources/images/index-csv';
import { indexImageFolder } from '../core/sources/images/index-folder';
import { folderOf, normaliseRelativePath } from '../core/sources/images/paths';
import { refusedImage } from '../core/sources/images/refusals';
import type { DecodedImage, ImageIndex, ImageSource } from '../core/sources/images/types';
import type { ImageFileRef, ImageIndexRequest } from './image-messages';

/** Refuses an image whose header declares more pixels than Layerbench reads before the browser allocates them. */
export async function decodeImageInBrowser(bytes: Uint8Array, relativePath?: string): Promise<DecodedImage> {
  checkImageSize(bytes, relativePath);
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
    // The pixels as stored: no colour-space conversion, no premultiplied alpha, so grayscale stays R = G = B.
    colorSpaceConversion: 'none',
    premultiplyAlpha: 'none',
    imageOrientation: 'from-image',
  });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas in this worker');
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: data.width, height: data.height, rgba: data.data };
  } finally {
    bitmap.close();
  }
}

/** The index and an ImageSource over the Blobs; a CSV's paths are read relative to the CSV's folder. */
export async function imageSourceFromFiles(files: readonly ImageFileRef[], request: ImageIndexRequest): Promise<ImageSource> {
  const byPath = new Map<string, Blob>();
  const refused = new Map<string, Message>();
  for (const f of files) {
    const path = normaliseRelativePath(f.relativePath);
    if (path === null) continue;
    byPath.set(path, f.file);
    if (f.refused !== undefined) refused.set(path, f.refused);
  }
  let index: ImageIndex;
  let base = '';
  if (request.kind === 'folder') {
    index = indexImageFolder(request.name, [...byPath.keys()]);
  } else {
    const csvPath = normaliseRelativePath(request.csvPath) ?? '';
    const csv = byPath.get(csvPath);
    if (!csv) throw new AppError({ code: 'images/csv-missing', message: msg('sources.images.csvMissing', { file: quoteInput(request.csvPath) }) });
    base = folderOf(csvPath);
    index = await indexImageCsv(await csv.text(), request.name, {
      ...(request.pathColumn !== undefined ? { pathColumn: request.pathColumn } : {}),
      ...(request.target !== undefined ? { target: request.target } : {}),
    });
  }
  const read = async (relativePath: string): Promise<Uint8Array> => {
    const path = normaliseRelativePath(base === '' ? relativePath : `${base}/${relativePath}`);
    const blob = path === null ? undefined : byPath.get(path);
    if (!blob) throw new AppError({ code: 'images/not-given', message: msg('sources.images.notAmongFiles'), detail: relativePath });
    const reason = path === null ? undefined : refused.get(path);
    if (reason !== undefined) throw refusedImage('images/refused-by-host', reason);
    return new Uint8Array(await blob.arrayBuffer());
  };
  return { index, read, decode: (bytes, relativePath) => decodeImageInBrowser(bytes, relativePath) };
}

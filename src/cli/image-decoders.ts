/**
 * Decoding images in Node, with pure-JS decoders from npm (pngjs, jpeg-js, omggif), core's BMP
 * decoder and libwebp compiled to wasm (@jsquash/webp). The format is taken from the bytes, not
 * the file name, so a misnamed file still decodes and a damaged one gets a precise reason.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jpeg from 'jpeg-js';
import { GifReader } from 'omggif';
import { PNG } from 'pngjs';
import { decodeBmp } from '../core/sources/images/bmp';
import { checkImageSize, MAX_IMAGE_MEGAPIXELS } from '../core/sources/images/header';
import { formatOfBytes } from '../core/sources/images/sniff';
import type { DecodedImage } from '../core/sources/images/types';

/**
 * jpeg-js' own limits, kept in step with the header check: its accounting counts about 21 bytes
 * a pixel for a full-colour image (coefficient blocks, component lines, the RGBA output; an
 * 8000 × 5000 JPEG needs 840 MB of it), so 25 lets an image at the pixel limit through.
 */
const JPEG_LIMITS = { maxResolutionInMP: MAX_IMAGE_MEGAPIXELS, maxMemoryUsageInMB: MAX_IMAGE_MEGAPIXELS * 25 };

function decodePng(bytes: Uint8Array): DecodedImage {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { width: png.width, height: png.height, rgba: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
}

function decodeJpeg(bytes: Uint8Array): DecodedImage {
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, ...JPEG_LIMITS });
  return { width: image.width, height: image.height, rgba: new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
}

/** The first frame only: an animation's later frames are not separate examples. */
function decodeGif(bytes: Uint8Array): DecodedImage {
  const reader = new GifReader(bytes);
  const rgba = new Uint8ClampedArray(reader.width * reader.height * 4);
  reader.decodeAndBlitFrameRGBA(0, rgba);
  return { width: reader.width, height: reader.height, rgba };
}

interface WebpDecoder {
  (buffer: ArrayBuffer): Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
}
let webpDecoder: Promise<WebpDecoder> | undefined;

/** Loads libwebp's wasm from node_modules (no network): @jsquash/webp would fetch() it otherwise. */
async function loadWebpDecoder(): Promise<WebpDecoder> {
  const g = globalThis as { ImageData?: unknown };
  // The emscripten glue returns `new ImageData(...)`, a browser class Node lacks; a plain holder will do.
  g.ImageData ??= class {
    constructor(readonly data: Uint8ClampedArray, readonly width: number, readonly height: number) {}
  };
  const mod = (await import('@jsquash/webp/decode.js')) as unknown as {
    init(module: WebAssembly.Module): Promise<void>;
    default: WebpDecoder;
  };
  const require = createRequire(import.meta.url);
  const wasm = await WebAssembly.compile(readFileSync(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm')));
  await mod.init(wasm);
  return mod.default;
}

async function decodeWebp(bytes: Uint8Array): Promise<DecodedImage> {
  webpDecoder ??= loadWebpDecoder();
  const decode = await webpDecoder;
  const image = await decode(bytes.slice().buffer);
  return { width: image.width, height: image.height, rgba: image.data };
}

/**
 * core's DecodeImage for Node. Throws when the bytes are not a readable image, or declare more
 * pixels than Layerbench reads (checked from the header, before any pixel is allocated); the
 * caller turns that into a skip reason.
 */
export async function decodeImageNode(bytes: Uint8Array, relativePath?: string): Promise<DecodedImage> {
  checkImageSize(bytes, relativePath);
  const format = formatOfBytes(bytes);
  switch (format) {
    case 'png':
      return decodePng(bytes);
    case 'jpeg':
      return decodeJpeg(bytes);
    case 'gif':
      return decodeGif(bytes);
    case 'bmp':
      return decodeBmp(bytes);
    case 'webp':
      return decodeWebp(bytes);
    case null:
      throw new Error('unknown file signature');
  }
}

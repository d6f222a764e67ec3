/**
 * Image folders for the renderer: the main process lists a folder the user chose (or a built-in
 * image sample) and keeps the listing under a random token; the renderer then reads files in
 * batches by token and relative path. A path is read only if this module listed it, so nothing
 * the renderer sends ever names a file of its own choosing.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { AppError, quoteInput } from '../../../src/core/errors';
import { msg } from '../../../src/core/i18n/message';
import { translator, type Translator } from '../../../src/core/i18n/translate';
import {
  IMAGE_SAMPLE_FILE_LIST,
  MAX_IMAGE_FILE_BYTES,
  MAX_IMAGE_FOLDER_FILES,
  type ImageFileBytes,
  type ImageFolderListing,
} from '../../../src/host/contract';
import { imageSampleFileListSchema } from '../../../src/host/schema';
import { imageRefusals } from '../../../src/core/sources/images/refusals';
import { errnoCode } from '../../../src/node/atomic-write';

/** Options for dialog.showOpenDialog (structural, to stay Electron-free). */
export function imageFolderDialogOptions(t: Translator = translator('en')) {
  return {
    title: t('host.dialog.openImageFolder'),
    buttonLabel: t('host.dialog.open'),
    properties: ['openDirectory'] as Array<'openDirectory'>,
  };
}

/** Sub-folders deeper than this are not followed (class folder + a few levels of sorting). */
export const MAX_IMAGE_FOLDER_DEPTH = 8;

export interface ListLimits {
  readonly maxFiles: number;
  readonly maxDepth: number;
}

const DEFAULT_LIMITS: ListLimits = { maxFiles: MAX_IMAGE_FOLDER_FILES, maxDepth: MAX_IMAGE_FOLDER_DEPTH };

function errnoMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Every plain file below `root` ('/'-separated paths relative to it, sorted), skipping hidden
 * files and folders (".DS_Store", ".git") and links to folders; links to files are listed, and
 * reading one checks where it leads. Throws an AppError past the limits.
 */
export async function listFolderFiles(root: string, limits: ListLimits = DEFAULT_LIMITS): Promise<{ relativePath: string; sizeBytes: number }[]> {
  const name = basename(root);
  const files: { relativePath: string; sizeBytes: number }[] = [];
  async function walk(dir: string, prefix: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      throw new AppError({
        code: 'images/folder-unreadable',
        message: msg('host.folder.cannotRead', { folder: quoteInput(prefix ? `${name}/${prefix}` : name) }),
        detail: `${dir}: ${errnoMessage(err)}`,
      });
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < limits.maxDepth) await walk(full, relativePath, depth + 1);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        // A link to a file is listed (a link to a folder is not followed): reading it checks
        // where it really leads, so one leaving the folder is skipped with that reason, not unseen.
        const info = await stat(full).catch(() => null);
        if (entry.isSymbolicLink() && info?.isDirectory()) continue;
        if (files.length >= limits.maxFiles) {
          throw new AppError({
            code: 'images/too-many-files',
            message: msg('host.folder.tooMany', { folder: quoteInput(name), limit: limits.maxFiles }),
            detail: `${root}: listing stopped at ${limits.maxFiles} files`,
          });
        }
        files.push({ relativePath, sizeBytes: info?.size ?? 0 });
      }
    }
  }
  await walk(root, '', 0);
  files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
  return files;
}

function isInside(root: string, path: string): boolean {
  return path.startsWith(root.endsWith(sep) ? root : root + sep);
}

interface Listed {
  readonly root: string;
  /** The root with its links resolved, taken once: every file read must really lie below it. */
  realRoot?: Promise<string>;
  readonly sizes: ReadonlyMap<string, number>;
}

/** Listings by token. A new listing replaces the older ones beyond `keep` (one window, one dataset). */
export class ImageFolderRegistry {
  private readonly listings = new Map<string, Listed>();

  constructor(
    private readonly keep = 4,
    private readonly makeToken: () => string = () => randomBytes(16).toString('hex'),
  ) {}

  async list(root: string, name = basename(root), limits: ListLimits = DEFAULT_LIMITS): Promise<ImageFolderListing> {
    const files = await listFolderFiles(root, limits);
    if (files.length === 0) {
      throw new AppError({
        code: 'images/empty-folder',
        message: msg('host.folder.empty', { folder: quoteInput(name) }),
        detail: root,
      });
    }
    return this.register(root, name, files);
  }

  register(root: string, name: string, files: readonly { relativePath: string; sizeBytes: number }[]): ImageFolderListing {
    const token = this.makeToken();
    this.listings.set(token, { root, sizes: new Map(files.map((f) => [f.relativePath, f.sizeBytes])) });
    while (this.listings.size > this.keep) {
      const oldest = this.listings.keys().next().value;
      if (oldest === undefined) break;
      this.listings.delete(oldest);
    }
    return { token, name, files: files.map((f) => ({ relativePath: f.relativePath, sizeBytes: f.sizeBytes })) };
  }

  /** Reads listed files; one over the size limit, leaving the folder or gone since comes back empty with the reason core skips it for. */
  async read(token: string, relativePaths: readonly string[]): Promise<ImageFileBytes[]> {
    const listed = this.listings.get(token);
    if (!listed) {
      throw new AppError({
        code: 'images/folder-forgotten',
        message: msg('host.folder.closed'),
        detail: `unknown token ${token}`,
      });
    }
    const out: ImageFileBytes[] = [];
    for (const relativePath of relativePaths) {
      const size = listed.sizes.get(relativePath);
      if (size === undefined) {
        throw new AppError({
          code: 'images/not-listed',
          message: msg('host.folder.notListed', { path: quoteInput(relativePath) }),
          detail: `path not in listing ${token}`,
        });
      }
      if (size > MAX_IMAGE_FILE_BYTES) {
        out.push({ relativePath, bytes: new Uint8Array(0), refused: imageRefusals.tooLarge(size) });
        continue;
      }
      try {
        // The listing has no links, but a folder may be swapped for one after it: what is read is
        // the file's real location, and only when it is still inside the folder.
        listed.realRoot ??= realpath(listed.root);
        const [root, real] = await Promise.all([listed.realRoot, realpath(join(listed.root, ...relativePath.split('/')))]);
        if (!isInside(root, real)) {
          out.push({ relativePath, bytes: new Uint8Array(0), refused: imageRefusals.linkOutside() });
          continue;
        }
        const buffer = await readFile(real);
        out.push({ relativePath, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
      } catch (err) {
        out.push({ relativePath, bytes: new Uint8Array(0), refused: errnoCode(err) === 'ENOENT' ? imageRefusals.gone() : imageRefusals.unreadable() });
      }
    }
    return out;
  }
}

/** The answer of the folder dialog → a listing, or null when the user cancelled. */
export async function listDialogChoice(
  registry: ImageFolderRegistry,
  answer: { readonly canceled: boolean; readonly filePaths: readonly string[] },
): Promise<ImageFolderListing | null> {
  const root = answer.filePaths[0];
  if (answer.canceled || root === undefined) return null;
  return registry.list(root.endsWith(sep) && root.length > 1 ? root.slice(0, -1) : root);
}

/** A built-in image sample's folder, listed from its files.json (the same list the browser host reads). */
export async function listSampleFolder(registry: ImageFolderRegistry, folderPath: string, name: string): Promise<ImageFolderListing> {
  let paths: string[];
  try {
    paths = imageSampleFileListSchema.parse(JSON.parse(await readFile(join(folderPath, IMAGE_SAMPLE_FILE_LIST), 'utf8')));
  } catch (err) {
    throw new AppError({
      code: 'samples/index-invalid',
      message: msg('host.samples.damaged', { name: quoteInput(name) }),
      detail: `${folderPath}: ${errnoMessage(err)}`,
    });
  }
  const files = await Promise.all(
    paths.map(async (relativePath) => {
      const info = await stat(join(folderPath, ...relativePath.split('/'))).catch(() => null);
      return { relativePath, sizeBytes: info?.size ?? 0 };
    }),
  );
  return registry.register(folderPath, name, files);
}

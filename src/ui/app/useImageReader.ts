/**
 * Loads an image folder: the host reads the files (a progress bar while Electron or a sample
 * fetches them), then a worker indexes and decodes them in batches (core's scan) and sends back
 * the inspection. A new folder or table ends the loading of the previous one.
 */
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from 'react';
import { appErrorInfo, quoteInput, toAppErrorInfo } from '../../core/errors';
import { msg } from '../../core/i18n/message';
import type { ImageFolder, ImageReadProgress } from '../../host/contract';
import { imagesResponseSchema, type ImageIndexRequest, type ImagesRequest } from '../../workers/image-messages';
import { invalidMessageError } from '../../workers/messages';
import type { Action } from './state';

/** Where the folder comes from: the host's dialog or sample (a promise), or files already in hand (drop). */
export type FolderSource = (onProgress: (progress: ImageReadProgress) => void) => Promise<ImageFolder | null>;

export interface ImageReader {
  /**
   * Loads the folder `source` gives; `name` is shown while the files are read. `indexAs` says how
   * to index it: class sub-folders by default, or a CSV of paths.
   */
  load(name: string, source: FolderSource, indexAs?: (folder: ImageFolder) => ImageIndexRequest): Promise<void>;
  /** Ends a load in progress (a table is being opened instead). */
  cancel(): void;
}

/** A few progress messages a second are enough for the bar; more only cost re-renders. */
const READ_PROGRESS_STEP = 0.02;

export function useImageReader(dispatch: Dispatch<Action>): ImageReader {
  const current = useRef<{ worker: Worker | null; id: number } | null>(null);
  const nextId = useRef(0);

  const cancel = useCallback(() => {
    current.current?.worker?.terminate();
    current.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  const load = useCallback(
    async (name: string, source: FolderSource, indexAs?: (folder: ImageFolder) => ImageIndexRequest) => {
      cancel();
      const job = { worker: null as Worker | null, id: ++nextId.current };
      current.current = job;
      const live = () => current.current === job;
      // Shown from the first file read, not while a folder dialog is still open.
      let started = false;
      const start = () => {
        if (started) return;
        started = true;
        dispatch({ type: 'image-load-started', name });
      };
      let lastShown = -1;
      let folder: ImageFolder | null;
      try {
        folder = await source((p) => {
          const fraction = p.total > 0 ? p.done / p.total : 0;
          if (!live()) return;
          start();
          if ((fraction - lastShown < READ_PROGRESS_STEP && p.done < p.total)) return;
          lastShown = fraction;
          dispatch({ type: 'image-load-progress', progress: { phase: 'read', done: p.done, total: p.total } });
        });
      } catch (err) {
        if (live()) {
          current.current = null;
          dispatch({ type: 'load-failed', error: toAppErrorInfo(err, msg('sources.images.readFailed', { name: quoteInput(name) })) });
        }
        return;
      }
      if (!live()) return;
      if (!folder) {
        // The user cancelled the dialog: nothing changes.
        current.current = null;
        if (started) dispatch({ type: 'load-cancelled' });
        return;
      }
      const chosen = folder;
      const indexRequest: ImageIndexRequest = indexAs ? indexAs(chosen) : { kind: 'folder', name: chosen.name };
      dispatch({ type: 'image-load-started', name: indexRequest.name });
      const worker = new Worker(new URL('../../workers/images.worker.ts', import.meta.url), { type: 'module' });
      job.worker = worker;
      const finish = () => {
        worker.terminate();
        if (live()) current.current = null;
      };
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        if (!live()) return;
        const parsed = imagesResponseSchema.safeParse(event.data);
        if (!parsed.success) {
          dispatch({ type: 'load-failed', error: invalidMessageError('the image reader', parsed.error) });
          finish();
          return;
        }
        const message = parsed.data;
        if (message.type === 'progress') {
          dispatch({ type: 'image-load-progress', progress: message.progress });
        } else if (message.type === 'done') {
          dispatch({ type: 'image-load-succeeded', folder: chosen, request: indexRequest, index: message.index, inspection: message.inspection });
          finish();
        } else {
          dispatch({ type: 'load-failed', error: message.error });
          finish();
        }
      });
      worker.addEventListener('error', (event: ErrorEvent) => {
        if (!live()) return;
        dispatch({
          type: 'load-failed',
          error: appErrorInfo({
            code: 'internal/images-worker',
            message: msg('sources.images.readerStopped', { name: quoteInput(chosen.name) }),
            detail: event.message || 'images worker error event without a message',
          }),
        });
        finish();
      });
      const request: ImagesRequest = { type: 'inspect', files: chosen.files, index: indexRequest };
      worker.postMessage(request);
    },
    [cancel, dispatch],
  );

  return useMemo(() => ({ load, cancel }), [load, cancel]);
}

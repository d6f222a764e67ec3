/**
 * Inspects an image dataset off the UI thread: index the files (core), decode every image in
 * batches with the browser's decoders, post progress, then the inspection. Unreadable files
 * are listed as skipped, never fatal.
 */
import { quoteInput, toAppErrorInfo } from '../core/errors';
import { msg } from '../core/i18n/message';
import { imagesKind } from '../core/sources/images/kind';
import { imageSourceFromFiles } from './image-source';
import { imagesRequestSchema, type ImagesResponse } from './image-messages';
import { invalidMessageError } from './messages';

const PROGRESS_INTERVAL_MS = 100;

function post(message: ImagesResponse): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = imagesRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'failed', error: invalidMessageError('the window', parsed.error) });
    return;
  }
  const { files, index: request } = parsed.data;
  let lastPost = 0;
  void (async () => {
    try {
      const source = await imageSourceFromFiles(files, request);
      const { index, inspection } = await imagesKind.inspect(source, {
        onProgress: (progress) => {
          const now = performance.now();
          if (progress.done < progress.total && now - lastPost < PROGRESS_INTERVAL_MS) return;
          lastPost = now;
          post({ type: 'progress', progress });
        },
      });
      post({ type: 'done', inspection, index });
    } catch (err) {
      post({ type: 'failed', error: toAppErrorInfo(err, msg('sources.images.readFailed', { name: quoteInput(request.name) })) });
    }
  })();
});

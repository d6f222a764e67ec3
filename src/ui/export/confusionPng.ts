/**
 * The confusion matrix as a PNG: on screen it is an HTML table (so it can be read by a screen
 * reader and clicked), so for the picture it is drawn again from the evaluation, with the same
 * shading: counts and row shares, the diagonal in blue, the mistakes in amber.
 */
import type { ClassificationEvaluation } from '../../core/evaluate/types';
import { formatInteger, formatPercent } from '../../core/i18n/format';
import { msg } from '../../core/i18n/message';
import type { ExampleUnit } from '../../core/sources/kind';
import { translator, type Translator } from '../../core/i18n/translate';
import { FONT_STACK as FONT } from '../components/chartFont';
import { currentLocale } from '../i18n/locale-store';
const SCALE = 2;
const CELL_W = 84;
const CELL_H = 44;
const PAD = 16;

function shortLabel(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export interface ConfusionPngOptions {
  /** The language of the words drawn; the UI's by default. */
  readonly t?: Translator;
  /** The picture's title; "Confusion matrix" in that language by default. */
  readonly title?: string;
  /** What one held-out example is, for the footer. */
  readonly unit?: ExampleUnit;
}

/** Draws the matrix, its words in the UI's language (or `options.t`'s), and returns the PNG bytes. */
export async function confusionMatrixPng(e: ClassificationEvaluation, options: ConfusionPngOptions = {}): Promise<Uint8Array> {
  const t = options.t ?? translator(currentLocale());
  const title = options.title ?? t('evaluate.confusion.title');
  const heldOut = msg('evaluate.heldOutCount', { unit: options.unit ?? 'rows', count: e.rows });
  const footer = t('evaluate.confusion.footer', { heldOut });
  const n = e.classes.length;
  const labelW = 170;
  const top = PAD + 28 + 22;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // Wide enough for the title and the footer too: with two classes the cells alone are narrower than a sentence.
  ctx.font = `600 14px ${FONT}`;
  const titleWidth = ctx.measureText(title).width;
  ctx.font = `11px ${FONT}`;
  const footerWidth = ctx.measureText(footer).width;
  const width = Math.ceil(Math.max(PAD * 2 + labelW + n * CELL_W, PAD * 2 + titleWidth, PAD * 2 + footerWidth));
  const height = top + n * CELL_H + PAD + 18;
  canvas.width = width * SCALE; // resizing resets the context's state
  canvas.height = height * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1f2328';
  ctx.font = `600 14px ${FONT}`;
  ctx.fillText(title, PAD, PAD + 14);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#5b6470';
  ctx.fillText(shortLabel(ctx, t('evaluate.confusion.corner'), labelW - 8), PAD, top - 8);
  ctx.fillStyle = '#1f2328';
  e.classes.forEach((c, j) => {
    ctx.fillText(shortLabel(ctx, c, CELL_W - 8), PAD + labelW + j * CELL_W + 4, top - 8);
  });
  e.confusion.forEach((row, i) => {
    const total = row.reduce((a, b) => a + b, 0);
    const y = top + i * CELL_H;
    ctx.fillStyle = '#1f2328';
    ctx.font = `600 12px ${FONT}`;
    ctx.fillText(shortLabel(ctx, e.classes[i] ?? '', labelW - 8), PAD, y + CELL_H / 2 + 4);
    row.forEach((count, j) => {
      const share = total > 0 ? count / total : 0;
      const x = PAD + labelW + j * CELL_W;
      ctx.fillStyle = i === j ? `rgba(37, 99, 235, ${0.08 + share * 0.5})` : `rgba(217, 119, 6, ${share > 0 ? 0.08 + share * 0.5 : 0})`;
      ctx.fillRect(x, y, CELL_W, CELL_H);
      ctx.strokeStyle = '#e6e9ee';
      ctx.strokeRect(x, y, CELL_W, CELL_H);
      ctx.fillStyle = '#1f2328';
      ctx.font = `600 13px ${FONT}`;
      ctx.fillText(formatInteger(count, t.locale), x + 8, y + 19);
      ctx.font = `11px ${FONT}`;
      ctx.fillStyle = '#374151';
      ctx.fillText(formatPercent(share, t.locale, 0), x + 8, y + 35);
    });
  });
  ctx.fillStyle = '#5b6470';
  ctx.font = `11px ${FONT}`;
  ctx.fillText(footer, PAD, height - PAD + 6);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * The confusion matrix as a PNG: on screen it is an HTML table (so it can be read by a screen
 * reader and clicked), so for the picture it is drawn again from the evaluation, with the same
 * shading: counts and row shares, the diagonal in blue, the mistakes in amber.
 */
import type { ClassificationEvaluation } from '../../core/evaluate/types';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
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

/** Draws the matrix and returns the PNG bytes. */
export async function confusionMatrixPng(e: ClassificationEvaluation, title = 'Confusion matrix'): Promise<Uint8Array> {
  const n = e.classes.length;
  const labelW = 170;
  const top = PAD + 28 + 22;
  const width = PAD * 2 + labelW + n * CELL_W;
  const height = top + n * CELL_H + PAD + 18;
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1f2328';
  ctx.font = `600 14px ${FONT}`;
  ctx.fillText(title, PAD, PAD + 14);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#5b6470';
  ctx.fillText('Actual ↓ / Predicted →', PAD, top - 8);
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
      ctx.fillText(count.toLocaleString('en-US'), x + 8, y + 19);
      ctx.font = `11px ${FONT}`;
      ctx.fillStyle = '#374151';
      ctx.fillText(`${Math.round(share * 100)}%`, x + 8, y + 35);
    });
  });
  ctx.fillStyle = '#5b6470';
  ctx.font = `11px ${FONT}`;
  ctx.fillText(`${e.rows.toLocaleString('en-US')} held-out rows; shares are of each actual class (row).`, PAD, height - PAD + 6);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * A chart on screen → PNG bytes, drawn under the chart's title and legend (both HTML on screen)
 * at twice the size for sharp prints: a recharts chart's SVG is serialised with its colours and
 * a font; an epoch chart (uPlot) is already a canvas and is copied as it is.
 */
import { FONT_STACK as FONT } from '../components/chartFont';

const SCALE = 2;
const TITLE_HEIGHT = 28;
const LEGEND_HEIGHT = 22;
const PAD = 12;

export interface LegendEntry {
  readonly text: string;
  readonly color: string;
}

/** The legend the chart drew in HTML: each entry's text and its swatch colour. */
function legendOf(figure: Element): LegendEntry[] {
  const recharts = Array.from(figure.querySelectorAll('.recharts-legend-item')).map((item) => {
    const swatch = item.querySelector('path, line, rect');
    const color = swatch?.getAttribute('stroke') ?? swatch?.getAttribute('fill') ?? '#1f2328';
    return { text: item.textContent?.trim() ?? '', color: color === 'none' ? '#1f2328' : color };
  });
  // uPlot's legend: the first row is the x axis (the epoch), the others the lines.
  const uplot = Array.from(figure.querySelectorAll('.u-legend .u-series')).slice(1).map((row) => {
    const marker = row.querySelector<HTMLElement>('.u-marker');
    const color = marker ? getComputedStyle(marker).borderTopColor : '#1f2328';
    return { text: row.querySelector('.u-label')?.textContent?.trim() ?? '', color };
  });
  return [...recharts, ...uplot];
}

/** What the figure draws: an SVG to serialise, or a canvas to copy; null for an empty chart. */
function drawingOf(figure: Element): { svg: SVGSVGElement } | { canvas: HTMLCanvasElement } | null {
  const svg = figure.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
  if (svg) return { svg };
  const canvas = figure.querySelector<HTMLCanvasElement>('.uplot canvas');
  return canvas ? { canvas } : null;
}

/** The chart's SVG as standalone markup: sized, namespaced, with a font (the page's CSS does not travel). */
export function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', FONT);
  copy.setAttribute('font-size', '12');
  return new XMLSerializer().serializeToString(copy);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = url;
  });
}

function drawLegend(ctx: CanvasRenderingContext2D, legend: readonly LegendEntry[], top: number, width: number): void {
  ctx.font = `12px ${FONT}`;
  let x = PAD;
  for (const entry of legend) {
    const textWidth = ctx.measureText(entry.text).width;
    if (x + 18 + textWidth > width - PAD && x > PAD) break; // what does not fit is left out rather than overlapping
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, top + 6, 12, 4);
    ctx.fillStyle = '#374151';
    ctx.fillText(entry.text, x + 16, top + 12);
    x += 16 + textWidth + 16;
  }
}

/** One figure.chart (ChartFigure) → PNG bytes; null when it holds no drawing (an empty chart). */
export async function chartFigureToPng(figure: Element): Promise<Uint8Array | null> {
  const drawing = drawingOf(figure);
  if (!drawing) return null;
  const box = ('svg' in drawing ? drawing.svg : drawing.canvas).getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const title = figure.querySelector('.chart-title')?.textContent?.trim() ?? '';
  const legend = legendOf(figure);
  const top = TITLE_HEIGHT + (legend.length > 0 ? LEGEND_HEIGHT : 0);
  const canvas = document.createElement('canvas');
  canvas.width = (width + 2 * PAD) * SCALE;
  canvas.height = (height + top + PAD) * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width + 2 * PAD, height + top + PAD);
  ctx.fillStyle = '#1f2328';
  ctx.font = `600 14px ${FONT}`;
  ctx.fillText(title, PAD, 20);
  if (legend.length > 0) drawLegend(ctx, legend, TITLE_HEIGHT, width + 2 * PAD);
  if ('canvas' in drawing) {
    ctx.drawImage(drawing.canvas, PAD, top, width, height);
  } else {
    const url = URL.createObjectURL(new Blob([standaloneSvg(drawing.svg, width, height)], { type: 'image/svg+xml' }));
    try {
      ctx.drawImage(await loadImage(url), PAD, top, width, height);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

/** "Confusion matrix" → "01-confusion-matrix.png"; a name without Latin letters or digits → "01-chart.png". */
export function chartFileName(title: string, index: number): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${String(index + 1).padStart(2, '0')}-${slug || 'chart'}.png`;
}

/** Every chart with a drawing under `root`, as PNG files named after their titles. */
export async function chartsAsPng(root: Element): Promise<{ name: string; data: Uint8Array }[]> {
  const files: { name: string; data: Uint8Array }[] = [];
  for (const figure of Array.from(root.querySelectorAll('figure.chart'))) {
    const data = await chartFigureToPng(figure);
    // The file is named in the same words in every language, where the chart gives its name.
    const name = figure.getAttribute('data-export-name') ?? figure.querySelector('.chart-title')?.textContent ?? 'chart';
    if (data) files.push({ name: chartFileName(name, files.length), data });
  }
  return files;
}

/**
 * The fonts every chart draws its words in, on screen (uPlot's canvas) and in exported PNGs: a
 * canvas has no page CSS to fall back on, so the stack names fonts that ship with each OS and
 * draw Hangul (Apple SD Gothic Neo on macOS, Malgun Gothic on Windows, Noto Sans CJK KR or Nanum
 * Gothic on Linux) after the Latin ones.
 */
export const FONT_STACK =
  '"Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Noto Sans KR", "Nanum Gothic", system-ui, -apple-system, Roboto, Arial, sans-serif';

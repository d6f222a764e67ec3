/**
 * Numbers as a person writes them: "1.279,0", "1 279,0", "1'279.0", "€1,279.00", "12%", "(12.5)",
 * and the cells that look like numbers but cannot be used as one (NaN, Infinity, #DIV/0!, 1e308).
 * Only cells the plain reader (cell.ts) refused come here, so the common path stays fast; whether a
 * column is read this way is decided per column (type-columns.ts), never per cell.
 */
import { parseNumberCell } from './cell';

/** The largest float32: the network computes in 32-bit floats, so a larger magnitude is unusable. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** Label of the cells beyond FLOAT32_MAX, as the Data step names them. */
export const TOO_LARGE = 'too large for 32-bit';

export interface LenientNumber {
  readonly value: number;
  /** The currency symbol or "%" removed, "" when none. */
  readonly symbol: string;
  /** The thousands separator removed, "" when none. */
  readonly separator: string;
  /** "(12.5)": accounting's way of writing −12.5. */
  readonly parentheses: boolean;
  /**
   * In a decimal-comma file, "1.279" (1 to 3 digits, a point, 3 digits): read as 1.279 like the
   * plain reader does, but the column may show that its points group thousands (type-columns.ts).
   */
  readonly ambiguousDot: boolean;
}

/** Thousands separators besides the one that is not the decimal mark: blank, no-break spaces, apostrophes (Swiss). */
const OTHER_SEPARATORS = [' ', '\u00a0', '\u202f', "'", '\u2019'];
const SYMBOL = /^[\p{Sc}%]$/u;
const DIGITS = /^\d+$/;
/** "1.279" / "-12.345": a decimal point that could also be a thousands separator. */
export const AMBIGUOUS_DOT = /^\s*[-+]?[1-9]\d{0,2}\.\d{3}\s*$/;

function isStartCode(c: number): boolean {
  // digits, - + ( . , and anything outside ASCII (currency symbols); ASCII letters and other marks never start a number.
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 40 || c === 46 || c === 44 || c === 36 || c > 127;
}

/**
 * Reads `text` as a number after removing one currency symbol or percent sign (before or after),
 * thousands separators consistent with the file's decimal mark (valid groups of three digits, or
 * Indian lakh groups "12,34,567" with commas) and accounting parentheses. Null when it is no such number.
 */
export function parseLenientNumber(text: string, decimalComma: boolean): LenientNumber | null {
  let t = text.trim();
  if (t.length === 0 || !isStartCode(t.charCodeAt(0))) return null;
  let negative = false;
  let parentheses = false;
  if (t.startsWith('(') && t.endsWith(')')) {
    parentheses = true;
    negative = true;
    t = t.slice(1, -1).trim();
  }
  let signs = 0;
  const takeSign = (): void => {
    const c = t.charAt(0);
    if (c === '-' || c === '+') {
      if (c === '-') negative = !negative;
      signs++;
      t = t.slice(1).trimStart();
    }
  };
  takeSign();
  let symbol = '';
  const first = t.charAt(0);
  if (SYMBOL.test(first)) {
    symbol = first;
    t = t.slice(1).trimStart();
    takeSign(); // "$-3"
  }
  const last = t.charAt(t.length - 1);
  if (SYMBOL.test(last)) {
    if (symbol !== '') return null;
    symbol = last;
    t = t.slice(0, -1).trimEnd();
  }
  if (signs > 1 || t.length === 0 || (parentheses && signs > 0)) return null;
  const c0 = t.charCodeAt(0);
  if (c0 === 45 || c0 === 43) return null;

  const body = readBody(t, decimalComma);
  if (body === null) return null;
  if (symbol === '' && body.separator === '' && !parentheses) return null; // the plain reader's business
  return { value: negative ? -body.value : body.value, symbol, separator: body.separator, parentheses, ambiguousDot: body.ambiguousDot };
}

function readBody(t: string, decimalComma: boolean): { value: number; separator: string; ambiguousDot: boolean } | null {
  const plain = parseNumberCell(t, decimalComma);
  if (plain === plain) return { value: plain, separator: '', ambiguousDot: decimalComma && AMBIGUOUS_DOT.test(t) };
  const mark = decimalComma ? ',' : '.';
  const at = t.indexOf(mark);
  if (at !== t.lastIndexOf(mark)) return null;
  const whole = at < 0 ? t : t.slice(0, at);
  const fraction = at < 0 ? '' : t.slice(at + 1);
  if (at >= 0 && !DIGITS.test(fraction)) return null;
  const separator = [decimalComma ? '.' : ',', ...OTHER_SEPARATORS].find((s) => whole.includes(s));
  if (separator === undefined) return null;
  const groups = whole.split(separator);
  if (!groups.every((g) => DIGITS.test(g)) || !validGrouping(groups, separator)) return null;
  const value = Number(`${groups.join('')}${fraction === '' ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? { value, separator, ambiguousDot: false } : null;
}

/** "1,279,000" (first group 1–3 digits, then threes) or, with commas only, Indian "12,34,567" (twos, then a three). */
function validGrouping(groups: readonly string[], separator: string): boolean {
  const head = groups[0] as string;
  const rest = groups.slice(1);
  // "0,123" is a decimal written with the other mark, not a thousands group.
  if (rest.length === 0 || head.charAt(0) === '0') return false;
  if (head.length >= 1 && head.length <= 3 && rest.every((g) => g.length === 3)) return true;
  if (separator !== ',') return false;
  const tail = rest[rest.length - 1] as string;
  return head.length >= 1 && head.length <= 2 && tail.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
}

const INFINITY_WORDS: ReadonlySet<string> = new Set(['inf', 'infinity', '\u221e']);
/** Spreadsheet error values (Excel, LibreOffice, Google Sheets). */
const SPREADSHEET_ERRORS: ReadonlySet<string> = new Set([
  '#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#ERROR!', 'ERR:502', 'ERR:503', 'ERR:504', 'ERR:511',
]);
const NUMBER_LIKE = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i;

/**
 * What makes `text` a number that cannot be used, in the words the Data step lists ("NaN",
 * "Infinity", "#DIV/0!", "too large for 32-bit"), or null when it is not one of those.
 * Missing markers ("NaN", "#N/A") are named too: they count as missing but the user should see why.
 */
export function unusableNumberLabel(text: string): string | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 400 || !isUnusableStart(t.charCodeAt(0))) return null;
  const lower = t.toLowerCase();
  const unsigned = lower.charAt(0) === '-' || lower.charAt(0) === '+' ? lower.slice(1) : lower;
  if (unsigned === 'nan') return 'NaN';
  if (INFINITY_WORDS.has(unsigned)) return 'Infinity';
  const upper = t.toUpperCase();
  if (SPREADSHEET_ERRORS.has(upper)) return upper;
  if (NUMBER_LIKE.test(t)) {
    const value = Math.abs(Number(t.replace(',', '.')));
    if (value > FLOAT32_MAX) return TOO_LARGE;
  }
  return null;
}

/** Cheap first test, so that words in a text column are not lower-cased: # - + . , digits, i I n N E (ERR:) ∞. */
function isUnusableStart(c: number): boolean {
  return c === 35 || c === 45 || c === 43 || c === 46 || c === 44 || (c >= 48 && c <= 57) ||
    c === 105 || c === 73 || c === 110 || c === 78 || c === 69 || c === 0x221e;
}

/** A value the network can hold: finite and within float32's range. */
export function fitsFloat32(value: number): boolean {
  return value <= FLOAT32_MAX && value >= -FLOAT32_MAX;
}

/**
 * One cell read as a number the way a number column reads it in training ("€1,279.00", "12 %",
 * "1.279,5" with a decimal comma): for a prediction file too small to type the column itself,
 * and for the prediction form. NaN when it is no number.
 */
export function readNumberAsTrained(text: string, decimalComma: boolean): number {
  const plain = parseNumberCell(text, decimalComma);
  return plain === plain ? plain : parseLenientNumber(text, decimalComma)?.value ?? Number.NaN;
}

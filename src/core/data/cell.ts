/**
 * Reading one cell: a number, a missing marker, or text. Called once per cell of the file,
 * so the number parser scans character codes and allocates nothing on the common path.
 */

/** 10^0 … 10^22: every one of these is exact in a double (Clinger's fast path). */
const EXACT_POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** With ≤ 15 digits the mantissa is below 2^53, so it is exact. */
const MAX_FAST_DIGITS = 15;

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Parses a decimal number such as "3", "-0.25", ".5", "1e-3", " 42 " (surrounding blanks allowed),
 * and "1,5" when `decimalComma` is true. Returns NaN for anything else (text, "", "NaN", "1.2.3").
 * The result is the correctly rounded double, the same as `Number(text)`.
 */
export function parseNumberCell(text: string, decimalComma: boolean): number {
  // Fast path for the common "-12.345": digits, at most one point, a leading minus.
  const n = text.length;
  let i = 0;
  const negative = text.charCodeAt(0) === 45; /* - */
  if (negative) i = 1;
  let mantissa = 0;
  let point = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) mantissa = mantissa * 10 + (c - 48);
    else if (c === 46 && point < 0) point = i;
    else return parseNumberGeneral(text, decimalComma);
  }
  const digits = n - (negative ? 1 : 0) - (point < 0 ? 0 : 1);
  if (digits === 0 || digits > MAX_FAST_DIGITS) return parseNumberGeneral(text, decimalComma);
  const value = point < 0 || point === n - 1 ? mantissa : mantissa / (EXACT_POWERS_OF_TEN[n - point - 1] as number);
  return negative ? -value : value;
}

/** Everything else: blanks around, "+", exponents, decimal commas, long mantissas. */
function parseNumberGeneral(text: string, decimalComma: boolean): number {
  let end = text.length;
  if (end === 0) return NaN;
  let i = 0;
  if (text.charCodeAt(0) <= 32 || text.charCodeAt(end - 1) <= 32) {
    while (i < end && isBlankCode(text.charCodeAt(i))) i++;
    while (end > i && isBlankCode(text.charCodeAt(end - 1))) end--;
    if (i === end) return NaN;
  }

  let c = text.charCodeAt(i);
  const negative = c === 45; /* - */
  if (negative || c === 43 /* + */) i++;

  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
    } else if (point < 0 && (c === 46 /* . */ || (c === 44 /* , */ && decimalComma))) {
      point = i;
    } else {
      break;
    }
  }
  if (digits === 0) return NaN;
  let exponent = point < 0 ? 0 : point - i + 1;

  if (i < end) {
    if (c !== 101 /* e */ && c !== 69 /* E */) return NaN;
    i++;
    c = text.charCodeAt(i);
    const expNegative = c === 45;
    if (expNegative || c === 43) i++;
    let expValue = 0;
    const expStart = i;
    for (; i < end; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      if (expValue < 100000) expValue = expValue * 10 + d;
    }
    if (i === expStart) return NaN;
    exponent += expNegative ? -expValue : expValue;
  }

  let value: number;
  if (digits <= MAX_FAST_DIGITS && exponent >= -22 && exponent <= 22) {
    // One multiplication or division of two exact doubles is correctly rounded.
    value = exponent < 0 ? mantissa / (EXACT_POWERS_OF_TEN[-exponent] as number)
      : exponent === 0 ? mantissa : mantissa * (EXACT_POWERS_OF_TEN[exponent] as number);
  } else {
    // Rare (long mantissas, huge exponents): let the engine round it, on the validated text.
    const plain = point >= 0 && text.charCodeAt(point) === 44 ? text.slice(0, point) + '.' + text.slice(point + 1) : text;
    value = Math.abs(Number(plain));
    if (!Number.isFinite(value)) return NaN; // "1e400": not a usable number
  }
  return negative ? -value : value;
}

/**
 * Lower-cased markers that mean "no value" (besides empty and whitespace-only cells), as
 * spreadsheets and Korean surveys write them: 없음 (none), 결측/결측값/결측치 (missing), 미상
 * (unknown), 모름 (don't know), 해당없음 (not applicable).
 */
const MISSING_MARKERS: ReadonlySet<string> = new Set([
  'na', 'n/a', '#n/a', 'null', 'nan', '?', '-',
  '없음', '결측', '결측값', '결측치', '미상', '모름', '해당없음', '해당 없음',
]);
const LONGEST_MARKER = Math.max(...[...MISSING_MARKERS].map((m) => m.length));

/** True for "", whitespace, NA, N/A, #N/A, null, NaN, ?, -, 없음, 결측… (any case, surrounding blanks ignored). */
export function isMissingCell(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (n > 12) return false;
  const t = text.trim();
  if (t.length === 0) return true;
  return t.length <= LONGEST_MARKER && MISSING_MARKERS.has(t.toLowerCase());
}

/** The cell's text as a category label: surrounding blanks removed, allocation only when there are some. */
export function trimCell(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  return first <= 32 || last <= 32 ? text.trim() : text;
}

/**
 * A copy of `text` that does not keep its source alive. Substrings of 13+ characters are
 * "sliced strings" in V8 that pin the whole chunk they came from; a dictionary holding a
 * few hundred of them would pin hundreds of 64 KB chunks. Concatenating and slicing forces
 * a fresh flat string of the value's own length.
 */
export function detachString(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/** A cell kept with where it is in the file (a stray text in a number column, a first text cell). */
export interface TextCell {
  /** 0-based data row. */
  readonly row: number;
  /** 1-based line of the file, as a text editor counts. */
  readonly line: number;
  readonly value: string;
}

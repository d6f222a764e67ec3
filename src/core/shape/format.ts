/** Numbers as a reader wants them in an explanation: 43.9, 5.46, 0.0123, 1,235, never 43.92192982456. */

/** What one example is, in the words of an explanation: the `unit` of its messages. */
export type ExampleWord = 'rows' | 'images' | 'recordings' | 'windows';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `x` rounded as an explanation shows it: three significant digits below 1,000, whole from 1,000
 * on. A message formats it in the reader's language with `{x, number, ::@##############}`, which
 * shows the digits kept and no more.
 */
export function readableValue(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const abs = Math.abs(x);
  if (abs >= 999.5) return Math.sign(x) * Math.round(abs);
  return Math.sign(x) * Number(abs.toPrecision(3));
}

/** Three significant digits below 1,000; whole numbers with thousands separators from 1,000 on. */
export function readableNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const sign = x < 0 ? '-' : '';
  const abs = Math.abs(x);
  if (abs >= 999.5) return sign + groupThousands(String(Math.round(abs)));
  // toPrecision can give "1.00e-7" for tiny values; Number() then String() drops the exponent form where it can.
  const rounded = Number(abs.toPrecision(3));
  if (rounded === 0) return '0';
  return sign + (rounded < 1e-6 ? rounded.toExponential() : String(rounded));
}

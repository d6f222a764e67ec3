/** Numbers as a reader wants them in an explanation: 43.9, 5.46, 0.0123, 1,235, never 43.92192982456. */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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

/** Column names from the header record: trimmed, never empty, never repeated. */
import { quoteInput } from '../errors';
import { msg, type Message } from '../i18n/message';

export interface ColumnNames {
  readonly names: readonly string[];
  /** What was renamed, for the user, e.g. `column 3 had no name: now “column 3”`. */
  readonly changes: readonly Message[];
}

export function nameColumns(header: readonly string[]): ColumnNames {
  const trimmed = header.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const taken = new Set(trimmed.filter((n) => n.length > 0));
  const seen = new Set<string>();
  const changes: Message[] = [];
  const names = trimmed.map((name, i) => {
    if (name.length === 0) {
      const fresh = unique(`column ${i + 1}`, taken);
      changes.push(msg('data.csv.rename.noName', { index: i + 1, name: quoteInput(fresh) }));
      return fresh;
    }
    if (seen.has(name)) {
      const fresh = unique(name, taken, true);
      changes.push(msg('data.csv.rename.repeated', { name: quoteInput(name), index: i + 1, fresh: quoteInput(fresh) }));
      return fresh;
    }
    seen.add(name);
    return name;
  });
  return { names, changes };
}

/** `base` (or, with `suffixed`, `base (2)`), then `base (3)`… whichever is free; marks it taken. */
function unique(base: string, taken: Set<string>, suffixed = false): string {
  let k = suffixed ? 2 : 1;
  let candidate = suffixed ? `${base} (2)` : base;
  while (taken.has(candidate)) candidate = `${base} (${++k})`;
  taken.add(candidate);
  return candidate;
}

/** Names for a file without a header: "column 1" … "column n". */
export function defaultColumnNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column ${i + 1}`);
}

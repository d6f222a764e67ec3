/** Column names from the header record: trimmed, never empty, never repeated. */

export interface ColumnNames {
  readonly names: readonly string[];
  /** Human-readable notes of what was renamed, e.g. `column 3 had no name: now “column 3”`. */
  readonly changes: readonly string[];
}

export function nameColumns(header: readonly string[]): ColumnNames {
  const trimmed = header.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const taken = new Set(trimmed.filter((n) => n.length > 0));
  const seen = new Set<string>();
  const changes: string[] = [];
  const names = trimmed.map((name, i) => {
    if (name.length === 0) {
      const fresh = unique(`column ${i + 1}`, taken);
      changes.push(`column ${i + 1} had no name: now “${fresh}”`);
      return fresh;
    }
    if (seen.has(name)) {
      const fresh = unique(name, taken, true);
      changes.push(`a second “${name}” (column ${i + 1}) is now “${fresh}”`);
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

/**
 * Finds the glossary terms in a line of explanation, so each can become a button that opens
 * its entry. The terms come from core (LayerReport.terms); this only locates them in the text.
 */
export type LinePart = { readonly text: string; readonly term?: undefined } | { readonly text: string; readonly term: string };

/** Maps words of the text to a glossary term ("Parameters" → "params"); core's glossaryEntry in the app. */
export type TermResolver = (words: string) => string | undefined;

/** "Batch size" → "batch_size", as the terms are written. */
function key(words: string): string {
  return words.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** "filters" → "filter", so that the singular and the plural both find the entry. */
function stem(term: string): string {
  return term.length > 3 && /[^s]s$/.test(term) ? term.slice(0, -1) : term;
}

function matches(words: string, term: string, resolve: TermResolver | undefined): boolean {
  const k = key(words);
  const t = key(term);
  const s = stem(t);
  return k === t || k === s || k === `${s}s` || k === `${s}es` || (resolve !== undefined && resolve(words) === term);
}

const WORD = /[\p{L}\p{N}_]+/gu;

/**
 * Splits `line` around the first occurrence of each term: whole words, any case, singular or
 * plural ("filters" finds "filter"), a key's underscores written as spaces ("batch size"), and
 * whatever `resolve` maps to the term. Two words are tried before one ("batch size" before "batch").
 */
export function splitTerms(line: string, terms: readonly string[], resolve?: TermResolver): LinePart[] {
  const wanted = [...new Set(terms.filter((t) => t.trim() !== ''))];
  if (wanted.length === 0) return [{ text: line }];
  const words = [...line.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const parts: LinePart[] = [];
  const linked = new Set<string>();
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first || first.start < at) continue;
    const second = words[i + 1];
    // A pair only when the two words are separated by spaces alone.
    const pair = second && /^[ ]+$/.test(line.slice(first.end, second.start)) ? { start: first.start, end: second.end } : null;
    for (const span of pair ? [pair, first] : [first]) {
      const text = line.slice(span.start, span.end);
      const term = wanted.find((t) => !linked.has(t) && matches(text, t, resolve));
      if (!term) continue;
      linked.add(term);
      if (span.start > at) parts.push({ text: line.slice(at, span.start) });
      parts.push({ text, term });
      at = span.end;
      break;
    }
  }
  if (at < line.length) parts.push({ text: line.slice(at) });
  return parts;
}

/** The terms that appear in none of the lines, to list after them so each stays reachable. */
export function termsNotFound(lines: readonly string[], terms: readonly string[], resolve?: TermResolver): string[] {
  const found = new Set(lines.flatMap((line) => splitTerms(line, terms, resolve).flatMap((p) => (p.term ? [p.term] : []))));
  return [...new Set(terms)].filter((t) => !found.has(t));
}

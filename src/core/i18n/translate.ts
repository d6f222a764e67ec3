import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { CATALOGUES, type MessageCode } from './catalogue';
import type { Locale } from './locale';
import { isMessage, type Message, type MessageParam, type MessageParams } from './message';

/**
 * A piece of a rendered message: plain text, a glossary term (a message's
 * `<term-batch_size>batch size</term-batch_size>`) the UI links to its entry, or a Keras name
 * (`<code>return_sequences</code>`) shown as code.
 */
export type MessagePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'term'; readonly term: string; readonly text: string }
  | { readonly kind: 'code'; readonly text: string };

export interface Translator {
  readonly locale: Locale;
  /** The message as plain text: terms and code as their words. */
  (message: Message | MessageCode, params?: MessageParams): string;
  /** The message as parts, for a UI that links terms and sets code apart. */
  parts(message: Message | MessageCode, params?: MessageParams): MessagePart[];
  /** Whether the catalogue has this code (for codes that arrive from a file or an older record). */
  has(code: string): boolean;
  /** "a, b and c" / "a, b 및 c". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const TERM_TAG = /^term-(.+)$/;

/** A rich-text piece while formatting: intl-messageformat hands tag handlers the pieces inside the tag. */
type Piece = string | MessagePart;

function joinText(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('');
}

const formatters = new Map<string, IntlMessageFormat>();

function formatterFor(locale: Locale, code: string): { format: IntlMessageFormat; tags: readonly string[] } | null {
  const key = `${locale}\u0000${code}`;
  let format = formatters.get(key);
  if (!format) {
    const text = CATALOGUES[locale].get(code);
    if (text === undefined) return null;
    format = new IntlMessageFormat(text, locale, undefined, { ignoreTag: false });
    formatters.set(key, format);
  }
  return { format, tags: tagsOf(format) };
}

const tagCache = new WeakMap<IntlMessageFormat, readonly string[]>();

/** The tag names a message uses, found once in its parsed form. */
function tagsOf(format: IntlMessageFormat): readonly string[] {
  let tags = tagCache.get(format);
  if (!tags) {
    const found = new Set<string>();
    const walk = (nodes: readonly unknown[]): void => {
      for (const node of nodes) {
        if (typeof node !== 'object' || node === null) continue;
        const n = node as { type?: number; value?: unknown; children?: unknown[]; options?: Record<string, { value: unknown[] }> };
        if (n.type === 8 && typeof n.value === 'string') found.add(n.value); // TYPE.tag
        if (Array.isArray(n.children)) walk(n.children);
        if (n.options) for (const option of Object.values(n.options)) walk(option.value);
      }
    };
    walk(format.getAst() as unknown[]);
    tags = [...found];
    tagCache.set(format, tags);
  }
  return tags;
}

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${locale}:${type}`;
  let f = listFormats.get(key);
  if (!f) {
    f = new Intl.ListFormat(locale, { style: 'long', type });
    listFormats.set(key, f);
  }
  return f;
}

function createOne(locale: Locale): Translator {
  const plain = (value: string | number | Message): string | number => (isMessage(value) ? render(value.code, value.params) : value);

  function paramValue(value: MessageParam): string | number {
    if (typeof value === 'string' || typeof value === 'number') return value;
    if (isMessage(value)) return render(value.code, value.params);
    const items = value.list.map((item) => {
      const v = plain(item);
      return typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v;
    });
    return listFormat(locale, value.type ?? 'conjunction').format(items);
  }

  function formatPieces(code: string, params: MessageParams | undefined): Piece[] {
    const found = formatterFor(locale, code) ?? (locale === 'en' ? null : formatterFor('en', code));
    if (!found) return [code];
    const values: Record<string, PrimitiveType | MessagePart | ((children: Piece[]) => MessagePart)> = {};
    for (const [name, value] of Object.entries(params ?? {})) values[name] = paramValue(value);
    for (const tag of found.tags) {
      const term = TERM_TAG.exec(tag);
      values[tag] = (children: Piece[]): MessagePart =>
        term ? { kind: 'term', term: term[1] ?? '', text: joinText(children) } : tag === 'code' ? { kind: 'code', text: joinText(children) } : { kind: 'text', text: joinText(children) };
    }
    const out = found.format.format<MessagePart>(values);
    return Array.isArray(out) ? (out as Piece[]) : [out as Piece];
  }

  function render(code: string, params: MessageParams | undefined): string {
    return joinText(formatPieces(code, params));
  }

  function resolve(message: Message | MessageCode, params?: MessageParams): [string, MessageParams | undefined] {
    return typeof message === 'string' ? [message, params] : [message.code, message.params];
  }

  const t = ((message: Message | MessageCode, params?: MessageParams) => render(...resolve(message, params))) as Translator;
  Object.defineProperties(t, {
    locale: { value: locale },
    parts: {
      value: (message: Message | MessageCode, params?: MessageParams): MessagePart[] => {
        const parts: MessagePart[] = [];
        for (const piece of formatPieces(...resolve(message, params))) {
          const part: MessagePart = typeof piece === 'string' ? { kind: 'text', text: piece } : piece;
          const last = parts[parts.length - 1];
          if (part.kind === 'text' && last?.kind === 'text') parts[parts.length - 1] = { kind: 'text', text: last.text + part.text };
          else if (part.text !== '') parts.push(part);
        }
        return parts;
      },
    },
    has: { value: (code: string) => CATALOGUES[locale].has(code) },
    list: { value: (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') => listFormat(locale, type).format(items) },
  });
  return t;
}

const translators = new Map<Locale, Translator>();

/** The translator for a language; one per language, shared. */
export function translator(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) {
    t = createOne(locale);
    translators.set(locale, t);
  }
  return t;
}

/** English, for what developers read: an Error's message, logs, a record's text for old readers. */
export function english(message: Message | MessageCode, params?: MessageParams): string {
  return translator('en')(message, params);
}

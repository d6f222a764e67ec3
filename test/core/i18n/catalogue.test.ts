import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/core/i18n/catalogue';
import { translator } from '../../../src/core/i18n/translate';
import { sampleParams, shapeOf } from './catalogue-shape';

const ROOT = join(__dirname, '../../..');
const en = CATALOGUES.en;
const ko = CATALOGUES.ko;
const NAMESPACES = new Set([...en.keys()].map((k) => k.split('.')[0]));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.messages.ts')) out.push(path);
  }
  return out;
}

const CODE = ['src', 'electron'].flatMap((d) => sourceFiles(join(ROOT, d))).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** Every string literal in the code that names a catalogue key, and every template literal that builds one from a prefix. */
function keysInCode(): { literals: Set<string>; prefixes: RegExp[] } {
  const literals = new Set<string>();
  const prefixes: RegExp[] = [];
  const literal = /(['"`])([a-z][a-zA-Z]*\.[\w.-]+)\1/g;
  const template = /`([a-z][a-zA-Z]*\.[\w.${}-]*\$\{[^`]*)`/g;
  for (const { text } of CODE) {
    for (const m of text.matchAll(literal)) if (NAMESPACES.has(m[2]!.split('.')[0])) literals.add(m[2]!);
    for (const m of text.matchAll(template)) {
      if (!NAMESPACES.has(m[1]!.split('.')[0]!)) continue;
      const pattern = m[1]!.split(/\$\{[^}]*\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w.-]+');
      prefixes.push(new RegExp(`^${pattern}$`));
    }
  }
  return { literals, prefixes };
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
/** Two English words in a row: a sentence or a phrase that a Korean reader should get in Korean. */
const ENGLISH_PHRASE = /\b[A-Za-z]{2,}[’']?[a-z]*\s+[a-z]{2,}\b/;

describe('the catalogues', () => {
  it('hold the same keys in English and Korean', () => {
    expect([...ko.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !ko.has(k))).toEqual([]);
  });

  it('parse as ICU messages; Korean takes what the code passes and drops only English grammar', () => {
    const problems: string[] = [];
    const glossaryTerms = new Set([...en.keys()].filter((k) => k.startsWith('glossary.') && k.endsWith('.title')).map((k) => k.slice('glossary.'.length, -'.title'.length)));
    for (const [code, text] of en) {
      try {
        const e = shapeOf(text, 'en');
        const k = shapeOf(ko.get(code) ?? '', 'ko');
        for (const name of k.args.keys()) if (!e.args.has(name)) problems.push(`${code}: Korean uses {${name}}, which the code does not pass (English has {${[...e.args.keys()].join(', ')}})`);
        // A count that only picks "unit" or "units" in English may go unsaid in Korean; anything else would be lost.
        for (const [name, kind] of e.args) if (!k.args.has(name) && kind !== 'plural' && kind !== 'select') problems.push(`${code}: Korean leaves out {${name}}`);
        for (const tag of [...e.tags, ...k.tags]) {
          const term = /^term-(.+)$/.exec(tag)?.[1];
          if (term !== undefined ? !glossaryTerms.has(term) : tag !== 'code') problems.push(`${code}: <${tag}> is neither a glossary term nor <code>`);
        }
        for (const [name, branches] of e.pluralBranches) {
          if (!branches.has('other') || !(branches.has('one') || branches.has('=1'))) problems.push(`${code}: the English plural {${name}} needs "one" and "other"`);
        }
      } catch (err) {
        problems.push(`${code}: ${String(err)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('render every message in both languages with every branch reached, no raw key or brace left', () => {
    const problems: string[] = [];
    for (const [code, text] of en) {
      // The code passes what the English message takes: both languages render from that.
      const sets = [...sampleParams(shapeOf(text, 'en')), ...sampleParams(shapeOf(ko.get(code) ?? '', 'ko'))];
      for (const locale of ['en', 'ko'] as const) {
        const t = translator(locale);
        for (const params of sets) {
          try {
            const out = t(code as never, { ...sets[0], ...params });
            if (out === code || /[{}]/.test(out)) problems.push(`${locale} ${code} → ${out}`);
          } catch (err) {
            problems.push(`${locale} ${code}: ${String(err)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('say in Korean what English says in words', () => {
    const t = translator('ko');
    const te = translator('en');
    const english: string[] = [];
    for (const [code, text] of en) {
      const params = sampleParams(shapeOf(text, 'en'))[0] ?? {};
      const enText = te(code as never, params).replace(/Xy/g, '');
      const koText = t(code as never, params).replace(/Xy/g, '');
      if (ENGLISH_PHRASE.test(enText) && !HANGUL.test(koText)) english.push(`${code}: ${koText}`);
    }
    expect(english).toEqual([]);
  });

  it('hold only keys the code uses, and the code uses only keys they hold', () => {
    const { literals, prefixes } = keysInCode();
    const unused = [...en.keys()].filter((k) => !literals.has(k) && !prefixes.some((p) => p.test(k)));
    expect(unused).toEqual([]);
    const called = /\b(?:msg|t|cliT\(\)|english|parts)\(\s*['"]([a-z][a-zA-Z]*\.[\w.-]+)['"]|\bm=\{?["']([a-z][a-zA-Z]*\.[\w.-]+)["']/g;
    const missing: string[] = [];
    for (const { path, text } of CODE) {
      for (const m of text.matchAll(called)) {
        const key = m[1] ?? m[2] ?? '';
        if (NAMESPACES.has(key.split('.')[0]) && !en.has(key)) missing.push(`${path}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No sentence for the user is written in the UI's code: JSX text and the attributes people read
 * (labels, titles, placeholders, alternative text) come from the catalogues. What may stay:
 * punctuation, symbols, numbers, Keras names and the product's name.
 */
const ROOT = join(__dirname, '../..');
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']);
/** Words that are the same in every language: names of things, not sentences. */
const ALLOWED = /^(?:Layerbench|Keras|TensorFlow|WebGPU|WebGL|WebAssembly|CPU|GPU|CSV|PNG|JSON|ZIP|English|한국어|[A-Z][A-Za-z0-9]*\(?\)?|[a-z_]+_[a-z_]+|None|R²|F1|MSE|MAE|RMSE|px|×|KB|MB)$/;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

function hasWords(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
  return words.some((word) => !ALLOWED.test(word));
}

function literalTexts(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node): string => `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} text “${node.text.trim()}”`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) ? init.expression : null;
      if (literal && hasWords(literal.text)) found.push(`${where(node)} ${node.name.getText(source)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the UI', () => {
  it('writes no user-facing words in its JSX: they come from the catalogues', () => {
    const found = tsxFiles(join(ROOT, 'src/ui')).flatMap(literalTexts);
    expect(found).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word the agent reads comes from the catalogues (locales/): no JSX text with letters
 * and no string literal in a user-visible attribute of the interface code. Text that is not
 * a word of the interface (a brand, a unit) goes through the catalogue too.
 */
const ROOTS = ['components', 'entrypoints'];
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const LETTERS = /\p{L}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Literal text in `node` (a string or template without substitutions) that has letters. */
function literalWords(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return LETTERS.test(node.text) ? node.text : null;
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    return LETTERS.test(parts) ? parts : null;
  }
  if (ts.isJsxExpression(node)) return literalWords(node.expression);
  if (ts.isConditionalExpression(node)) return literalWords(node.whenTrue) ?? literalWords(node.whenFalse);
  if (ts.isBinaryExpression(node)) return literalWords(node.left) ?? literalWords(node.right);
  if (ts.isParenthesizedExpression(node)) return literalWords(node.expression);
  return null;
}

/** Inline words in one file, as `path:line "text"`. */
export function inlineWords(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, words: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${relative(process.cwd(), path)}:${line} "${words.trim().slice(0, 60)}"`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const words = literalWords(node.expression);
      if (words) report(node, words);
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file))) {
      const words = literalWords(node.initializer);
      if (words) report(node, words);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no inline interface text', () => {
  it('finds inline words (the check itself)', () => {
    const sample = `const a = <p title="Hello">World {x ? 'yes' : t('no')}<b aria-label={t('k')}>{'  '}</b></p>;`;
    expect(inlineWords('sample.tsx', sample)).toEqual(['sample.tsx:1 "Hello"', 'sample.tsx:1 "World"', 'sample.tsx:1 "yes"']);
  });

  it('the interface takes every word from the catalogues', () => {
    const files = ROOTS.flatMap(sourceFiles);
    const found = files.flatMap((path) => inlineWords(path, readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });
});

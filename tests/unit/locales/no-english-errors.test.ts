import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Errors thrown by storage, the background and the rules reach the agent's screen (Options →
 * Restore / Verify, the popup's capture check, import and team errors), so their sentences come
 * from the catalogues (`t('problem.…')`), never from an English literal in the code.
 */
const ROOT = join(__dirname, '../../..');
const FOLDERS = ['storage', 'entrypoints/background', 'rules'];

/** The argument that carries the sentence, by the error type constructed. */
const MESSAGE_ARGUMENT: Record<string, number> = { SellerGuardError: 1, Error: 0 };

/**
 * Literals allowed anyway, by file and text, each with the reason. Empty today; an entry
 * here must say why the agent never reads that sentence.
 */
const ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The literal text of a string or template argument (placeholders left out); null for anything else. */
function literalText(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
}

/** `file: text` of every English word literal passed as an error's message. */
function englishMessages(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in MESSAGE_ARGUMENT) {
      const argument = node.arguments?.[MESSAGE_ARGUMENT[node.expression.text]!];
      const text = argument && literalText(argument);
      if (text && /[A-Za-z]{2,}/.test(text)) found.push(`${relative(ROOT, file)}: ${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('error sentences come from the catalogues', () => {
  it.each(FOLDERS)('%s passes no English literal to new SellerGuardError / Error', (folder) => {
    const found = sourceFiles(join(ROOT, folder)).flatMap(englishMessages);
    expect(found.filter((entry) => !(entry in ALLOWED))).toEqual([]);
  });

  it('finds a literal when there is one (the check can fail)', () => {
    const file = join(ROOT, 'tests/unit/locales/no-english-errors.sample.ts');
    expect(englishMessages(file)).toEqual([
      'tests/unit/locales/no-english-errors.sample.ts: The archive changed; try again.',
      'tests/unit/locales/no-english-errors.sample.ts: Capture #  is missing.',
    ]);
  });
});

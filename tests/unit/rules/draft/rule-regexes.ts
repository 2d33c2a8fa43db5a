import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { vi } from 'vitest';

/**
 * Every regular expression the pure rules (`rules/`) use, for the ReDoS check:
 * - regex literals, read from the source files with the TypeScript parser (they never pass
 *   through the `RegExp` constructor, so only the source can list them);
 * - regexes built with `new RegExp(…)`, captured at run time while the modules load and
 *   while the functions that build one per call run (a `RegExp` proxy records each regex
 *   whose construction started in a `rules/` file).
 * A constructor call inside a function must be listed in `BUILT_ON_CALL` with code that
 * reaches it; otherwise the collection reports it as not covered, so a new one cannot slip by.
 */

export interface RuleRegex {
  source: string;
  flags: string;
  /** `rules/…` file (and line, for literals) where it is written or built. */
  where: string;
}

const ROOT = resolve(__dirname, '../../../..');
const RULES_DIR = join(ROOT, 'rules');

export function ruleFiles(dir = RULES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ruleFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface StaticScan {
  literals: RuleRegex[];
  /** `file:line` of each `RegExp(…)` call inside a function body (built on call, not at load). */
  builtInFunctions: Set<string>;
}

function scanSource(file: string): StaticScan {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const rel = relative(ROOT, file);
  const literals: RuleRegex[] = [];
  const builtInFunctions = new Set<string>();
  const visit = (node: ts.Node, inFunction: boolean): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(source);
      const slash = raw.lastIndexOf('/');
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      literals.push({ source: raw.slice(1, slash), flags: raw.slice(slash + 1), where: `${rel}:${line}` });
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression)
      && node.expression.text === 'RegExp' && inFunction) {
      builtInFunctions.add(`${rel}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
    }
    const nested = inFunction || ts.isFunctionLike(node);
    ts.forEachChild(node, (child) => visit(child, nested));
  };
  visit(source, false);
  return { literals, builtInFunctions };
}

/** Rule files whose functions build a regex per call, with a call that builds one. */
export type CallsThatBuild = Record<string, (rules: Record<string, Record<string, unknown>>) => void>;

/**
 * Load every `rules/` module under a recording `RegExp` and return every regex they use, plus
 * the files that build regexes in functions not listed in `callsThatBuild` (must be empty).
 */
export async function collectRuleRegexes(callsThatBuild: CallsThatBuild): Promise<{ regexes: RuleRegex[]; uncovered: string[] }> {
  const files = ruleFiles();
  const regexes: RuleRegex[] = [];
  const builtInFunctions = new Set<string>();
  for (const file of files) {
    const scan = scanSource(file);
    regexes.push(...scan.literals);
    for (const rel of scan.builtInFunctions) builtInFunctions.add(rel);
  }

  const NativeRegExp = RegExp;
  const builtAt = new Set<string>();
  const builtBy = new Set<string>();
  const recording = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      // Frame 0 is "Error", 1 this trap, 2 the code that called `new RegExp`: record only rule
      // code, not a library (zod, libphonenumber-js) that a rule module calls.
      const frame = new Error().stack?.split('\n')[2];
      const site = frame?.includes(`${RULES_DIR}/`) && frame.slice(frame.indexOf(`${RULES_DIR}/`)).match(/^(.*?\.ts):(\d+)/);
      if (site) {
        const file = relative(ROOT, site[1]!);
        builtAt.add(`${file}:${site[2]}`);
        builtBy.add(file);
        regexes.push({ source: re.source, flags: re.flags, where: file });
      }
      return re;
    },
  });
  vi.resetModules();
  vi.stubGlobal('RegExp', recording);
  try {
    const modules: Record<string, Record<string, unknown>> = {};
    for (const file of files) modules[relative(ROOT, file)] = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    // A helper such as `anyOf` that builds regexes for other modules at load is covered by the import.
    builtBy.clear();
    for (const call of Object.values(callsThatBuild)) call(modules);
    const uncovered = [...builtInFunctions].filter((site) => !builtAt.has(site));
    for (const rel of Object.keys(callsThatBuild)) if (!builtBy.has(rel)) uncovered.push(`${rel} (listed, but its call built no regex)`);
    return { regexes: dedupe(regexes), uncovered };
  } finally {
    vi.unstubAllGlobals();
  }
}

function dedupe(regexes: RuleRegex[]): RuleRegex[] {
  const seen = new Map<string, RuleRegex>();
  for (const re of regexes) {
    const key = `${re.flags}/${re.source}`;
    if (!seen.has(key)) seen.set(key, re);
  }
  return [...seen.values()];
}

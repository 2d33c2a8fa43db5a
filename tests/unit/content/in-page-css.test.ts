import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// In-page UI (open shadow roots on Seller Central) draws with the design tokens of
// components/theme.css, which the content script injects into every shadow root: no colour of
// its own, so it stays a quiet guest on the page and follows the one palette (and forced colours).

const ROOT = join(__dirname, '../../..');
const CONTENT = join(ROOT, 'entrypoints/sellercentral.content');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cssFiles(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : [],
  );
}

const NAMED = 'white|black|red|green|blue|yellow|orange|purple|gray|grey|silver|maroon|navy|teal|olive|lime|aqua|fuchsia|pink|brown|gold|crimson|tomato';
/** Raw colour values: hex, rgb()/hsl()/hwb()/lab()/lch()/oklab()/oklch()/color(), and named colours. */
const RAW_COLOUR = new RegExp(`#[0-9a-f]{3,8}\\b|\\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|(?<![-\\w])(?:${NAMED})(?![-\\w])`, 'i');

/** Each declaration's value, comments left out, with where it is. */
function declarations(css: string): Array<{ property: string; value: string }> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([-\w]+)\s*:\s*([^;{}]+)/g)].map((match) => ({ property: match[1]!, value: match[2]!.trim() }));
}

const FILES = cssFiles(CONTENT);

describe('in-page styles use the design tokens', () => {
  it('finds the in-page style sheets', () => {
    expect(FILES.map((file) => relative(CONTENT, file)).sort()).toEqual(
      expect.arrayContaining(['capture/capture-panel.css', 'draft-guard/draft-guard.css', 'style.css', 'watchlist/watchlist.css']),
    );
  });

  it.each(FILES.map((file) => [relative(ROOT, file), file]))('%s has no raw colour value', (_, file) => {
    const raw = declarations(readFileSync(file, 'utf8'))
      .filter(({ value }) => RAW_COLOUR.test(value))
      .map(({ property, value }) => `${property}: ${value}`);
    expect(raw).toEqual([]);
  });

  it.each(FILES.map((file) => [relative(ROOT, file), file]))('%s takes colours, type and focus ring from the tokens', (_, file) => {
    const used = readFileSync(file, 'utf8').match(/var\(--sg-[-\w]+\)/g) ?? [];
    expect(used.length).toBeGreaterThan(0);
    const defined = new Set(readFileSync(join(ROOT, 'components/theme.css'), 'utf8').match(/--sg-[-\w]+(?=\s*:)/g));
    expect([...new Set(used.map((use) => use.slice(4, -1)))].filter((token) => !defined.has(token))).toEqual([]);
  });

  it('the content script injects the token sheet into every shadow root, before its own styles', () => {
    const entry = readFileSync(join(CONTENT, 'index.ts'), 'utf8');
    expect(entry).toContain("cssInjectionMode: 'ui'");
    const theme = entry.indexOf("import '../../components/theme.css'");
    expect(theme).toBeGreaterThan(-1);
    expect(theme).toBeLessThan(entry.indexOf("import './style.css'"));
  });

  it('catches a raw colour (the check can fail)', () => {
    expect(declarations('.x { color: #cc0c39; background: var(--sg-color-surface) }').filter(({ value }) => RAW_COLOUR.test(value))).toHaveLength(1);
    expect(RAW_COLOUR.test('1px solid white')).toBe(true);
    expect(RAW_COLOUR.test('rgba(0, 0, 0, 0.2)')).toBe(true);
    expect(RAW_COLOUR.test('2px solid var(--sg-color-alert)')).toBe(false);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deepQuerySelectorAll } from '../../../../entrypoints/sellercentral.content/readers/dom-text';
import {
  CHECKED_SELECTORS,
  MESSAGE_CLASS_WORDS,
  type CheckedSelector,
} from '../../../../entrypoints/sellercentral.content/readers/page-vocabulary';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS } from '../../../fixtures/site';

afterAll(closeFixtures);

const checks = Object.entries(CHECKED_SELECTORS).flatMap(([name, entry]) =>
  (Array.isArray(entry) ? (entry as readonly CheckedSelector[]) : [entry as CheckedSelector]).map((check, index) => ({
    name: Array.isArray(entry) ? `${name}[${index}]` : name,
    ...check,
  })),
);
const classChecks = Object.entries(MESSAGE_CLASS_WORDS).map(([name, check]) => ({ name: `${name} class words`, ...check }));
const pages = [...new Set([...checks, ...classChecks].flatMap((check) => Object.keys(check.fixtures)))];

/** A fixture app page by its FIXTURE_URLS name, or a hand-written page in tests/fixtures/pages/<name>.html. */
async function fixturePage(name: string): Promise<Document> {
  const url = (FIXTURE_URLS as Record<string, string>)[name];
  if (url) return loadFixture(url);
  const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/pages', `${name}.html`), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const CONTENT_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '../../../../entrypoints/sellercentral.content');
/** Structure walked inside what a vocabulary selector found, and Seller Guard's own form fields. */
const STRUCTURAL = new Set(['*', 'table', 'th', 'tr', ':scope > td', 'pre', '[name="${name}"]']);

describe('page vocabulary', () => {
  it('holds every selector the content script writes (apart from structure walks)', () => {
    const files = readdirSync(CONTENT_SCRIPT, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
    const literal = /\b(?:querySelector(?:All)?|closest|matches)(?:<\w+>)?\(\s*(['"`])(.*?)\1/g;
    const elsewhere = files
      .filter((file) => !file.endsWith('page-vocabulary.ts'))
      .flatMap((file) => [...readFileSync(join(CONTENT_SCRIPT, file), 'utf8').matchAll(literal)].map((match) => `${file}: ${match[2]}`))
      .filter((found) => !STRUCTURAL.has(found.slice(found.indexOf(': ') + 2)));
    expect(elsewhere).toEqual([]);
  });

  it('names a fixture page for every selector, where it matches at least once', () => {
    const unmatched = checks.filter((check) => !Object.values(check.fixtures).some((count) => count > 0)).map((check) => check.name);
    expect(unmatched).toEqual([]);
  });

  it.each(pages)('every selector matches %s as often as listed', async (page) => {
    const doc = await fixturePage(page);
    const count = (check: CheckedSelector) =>
      check.deep ? deepQuerySelectorAll(doc, check.selector).length : doc.querySelectorAll(check.selector).length;
    const classes = [...doc.querySelectorAll('[class]')].map((element) => element.getAttribute('class') ?? '');
    const listed = (check: { fixtures: Readonly<Record<string, number>> }) => page in check.fixtures;
    const expected = [
      ...checks.filter(listed).map((check) => [check.name, check.fixtures[page]]),
      ...classChecks.filter(listed).map((check) => [check.name, check.fixtures[page as keyof typeof check.fixtures]]),
    ];
    const actual = [
      ...checks.filter(listed).map((check) => [check.name, count(check)]),
      ...classChecks.filter(listed).map((check) => [check.name, classes.filter((value) => check.pattern.test(value)).length]),
    ];
    expect(actual).toEqual(expected);
  }, 60_000);
});

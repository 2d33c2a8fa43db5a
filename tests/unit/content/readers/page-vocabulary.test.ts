import { afterAll, describe, expect, it } from 'vitest';
import { SELECTOR_CHECKS } from '../../../../entrypoints/sellercentral.content/readers/page-vocabulary';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS } from '../../../fixtures/site';

afterAll(closeFixtures);

const pages = [...new Set(SELECTOR_CHECKS.flatMap((check) => Object.keys(check.fixtures)))];

describe('every checked selector still matches its fixture pages as often as listed', () => {
  it.each(pages)('%s', async (page) => {
    const url = (FIXTURE_URLS as Record<string, string>)[page];
    expect(url, `fixture ${page}`).toBeDefined();
    const doc = await loadFixture(url!);
    const expected = SELECTOR_CHECKS.filter((check) => page in check.fixtures).map((check) => [check.selector, check.fixtures[page]]);
    const actual = expected.map(([selector]) => [selector, doc.querySelectorAll(selector as string).length]);
    expect(actual).toEqual(expected);
  }, 60_000);
});

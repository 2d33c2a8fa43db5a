import { afterAll, describe, expect, it } from 'vitest';
import { ADD_HOST, BANNER_HOST, CAPTURE_HOST, STATUS_HOST, placeAboveContent } from '../../../../entrypoints/sellercentral.content/page/placement';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS, type FixturePage } from '../../../fixtures/site';

afterAll(() => closeFixtures());

describe('in-page panels above the content', () => {
  it.each<[FixturePage, string]>([
    ['orderUs', '#MYO-app'],
    ['threadUs', '#messaging-app'],
    ['contactUs', '.ayb-contact-buyer'],
  ])('stacks status, banner, add bar and capture panel above the content of %s, whichever mounted first', async (page, root) => {
    const doc = await loadFixture(FIXTURE_URLS[page]);
    const [status, banner, add, capture] = [STATUS_HOST, BANNER_HOST, ADD_HOST, CAPTURE_HOST].map((name) => doc.createElement(name));
    for (const host of [capture!, add!, status!, banner!]) placeAboveContent(doc, host);
    const content = doc.querySelector(root)!;
    expect([status, banner, add, capture].map((host) => host!.nextElementSibling)).toEqual([banner, add, capture, content]);
  });

  it('falls back to the top of the content container on an unknown layout', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderUs);
    doc.querySelector('#MYO-app')!.removeAttribute('id');
    const banner = doc.createElement(BANNER_HOST);
    const capture = doc.createElement(CAPTURE_HOST);
    placeAboveContent(doc, capture);
    placeAboveContent(doc, banner);
    const container = doc.querySelector('#sc-content-container')!;
    expect(container.firstElementChild).toBe(banner);
    expect(banner.nextElementSibling).toBe(capture);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { captureSnapshot } from '../../../../entrypoints/sellercentral.content/capture/page-snapshot';
import { detectPage } from '../../../../entrypoints/sellercentral.content/page/detect-page';
import { contentHashOf } from '../../../../storage/capture/capture-record';
import { captureSnapshotSchema } from '../../../../utils/capture-protocol';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS, type FixturePage } from '../../../fixtures/site';

afterAll(closeFixtures);

const loaded = new Map<FixturePage, Promise<Document>>();

/** A snapshot of a fixture page (each page is rendered once; snapshots only read it). */
async function snapshotOf(page: FixturePage, mask = true) {
  if (!loaded.has(page)) loaded.set(page, loadFixture(FIXTURE_URLS[page]));
  const doc = await loaded.get(page)!;
  return captureSnapshot(doc, detectPage(doc, new URL(doc.location.href)), null, mask);
}

describe('the page snapshot stored with a capture', () => {
  it.each([
    ['orderUs', 'order-details', 'order', '112-4837261-5938217', 'US'],
    ['orderDe', 'order-details', 'order', '302-1938475-6647382', 'DE'],
    ['threadUs', 'message-thread', 'thread', '112-4837261-5938217', 'US'],
    ['contactUs', 'contact-buyer', 'contact', '112-4837261-5938217', 'US'],
    ['orderListUs', 'order-list', 'list', null, 'US'],
  ] as const)('%s: kind, order, marketplace and the reader’s data, valid for the background', async (page, kind, dataKey, orderId, marketplace) => {
    const snapshot = await snapshotOf(page);
    expect(captureSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot).toMatchObject({ kind, orderId, url: FIXTURE_URLS[page], masked: true });
    expect(snapshot.marketplace).toMatch(new RegExp(`^(${marketplace}|EU)$`));
    expect(snapshot.data[dataKey]).toBeDefined();
    expect(snapshot.title).not.toBe('');
    if (orderId) expect(snapshot.text).toContain(orderId);
  });

  it.each([
    ['orderUs', ['1458 Cedar Grove Ave', '206-555-0143']],
  ] as const)('%s: the address and phone are in the text only with masking off', async (page, personal) => {
    const masked = await snapshotOf(page, true);
    const open = await snapshotOf(page, false);
    for (const value of personal) {
      expect(masked.text).not.toContain(value);
      expect(open.text).toContain(value);
    }
  });

  it('reads a revisit of an unchanged page to the same content hash (auto-capture adds nothing)', async () => {
    const first = await snapshotOf('orderUs');
    const revisit = await loadFixture(FIXTURE_URLS.orderUs);
    const second = captureSnapshot(revisit, detectPage(revisit, new URL(FIXTURE_URLS.orderUs)), null, true);
    expect(await contentHashOf(second)).toBe(await contentHashOf(first));
    expect(await contentHashOf(await snapshotOf('orderUsFba'))).not.toBe(await contentHashOf(first));
  });

  it('says which parts were still loading when the capture stopped waiting, and only then', async () => {
    const doc = await loadFixture(FIXTURE_URLS.threadUs);
    const address = detectPage(doc, new URL(FIXTURE_URLS.threadUs));
    const early = captureSnapshot(doc, address, null, true, ['orderPanel']);
    expect(captureSnapshotSchema.parse(early).data.notLoaded).toEqual(['orderPanel']);
    const settled = captureSnapshot(doc, address, null, true);
    expect(captureSnapshotSchema.parse(settled).data).not.toHaveProperty('notLoaded');
    // A capture taken before its page finished is different content from one taken after.
    expect(await contentHashOf(early)).not.toBe(await contentHashOf(settled));
  });
});

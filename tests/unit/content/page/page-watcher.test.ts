import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { watchPageInfo } from '../../../../entrypoints/sellercentral.content/page/page-watcher';
import { pageFromUrl } from '../../../../rules/page/page-kind';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS, fixtureResponse } from '../../../fixtures/site';

afterAll(() => closeFixtures());
afterEach(() => vi.unstubAllGlobals());

/** Answer the page's JSON request from the fixture site once `release` is called. */
function heldFetch() {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let answered = () => undefined as void;
  const arrived = new Promise<void>((resolve) => (answered = resolve));
  vi.stubGlobal('fetch', async (input: string | URL) => {
    await released;
    const answer = fixtureResponse(new URL(input), 'GET')!;
    queueMicrotask(answered);
    return new Response(answer.body, { status: answer.status, headers: { 'content-type': answer.contentType } });
  });
  return { release, arrived };
}

/** Watch the US order page, its JSON held back until `json.release()`. */
async function watchOrderPage() {
  const doc = await loadFixture(FIXTURE_URLS.orderUs);
  const url = new URL(FIXTURE_URLS.orderUs);
  const json = heldFetch();
  const controller = new AbortController();
  const watcher = watchPageInfo(doc, url, pageFromUrl(url), controller.signal);
  return { json, watcher, stop: () => controller.abort() };
}

describe('watching the page', () => {
  it('reads at once for an action taken now what the debounced read has not seen yet (the buyer email from the page JSON)', async () => {
    const { json, watcher, stop } = await watchOrderPage();
    expect(watcher.current()?.buyerProxyEmail).toBeNull();

    json.release();
    await json.arrived;
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The JSON is in, the debounced read not yet: a click now would record what the page showed before it.
    expect(watcher.current()?.buyerProxyEmail).toBeNull();
    expect((await watcher.readNow())?.buyerProxyEmail).toMatch(/@marketplace\.amazon\.com$/);
    expect(watcher.current()?.buyerProxyEmail).toMatch(/@marketplace\.amazon\.com$/);
    stop();
  });

  it('waits for the page JSON before reading, so an early click still records it', async () => {
    const { json, watcher, stop } = await watchOrderPage();
    const early = watcher.readNow();
    json.release();
    expect((await early)?.buyerProxyEmail).toMatch(/@marketplace\.amazon\.com$/);
    stop();
  });
});

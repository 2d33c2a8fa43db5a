import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { FIXTURE_URLS, type FixturePage } from '../../tests/fixtures/site';

/** The demo's start page: served by the same route as the fake Seller Central, no extension needed. */
export const DEMO_START_URL = 'https://sellercentral.amazon.com/__demo__/';

/** One line per fixture page: what to try there. Every page of FIXTURE_URLS must have one. */
export const DEMO_PAGES: Record<FixturePage, string> = {
  orderUs: 'Click “Add to watchlist” to list Jordan Ellis, then “Capture page” to store evidence of the order.',
  orderUsFba: 'Another order of the same buyer: once Jordan Ellis is listed, the watchlist banner appears here too.',
  orderUsGenericBuyer: 'The buyer shows as “Amazon Customer”: a name alone never matches the watchlist.',
  orderUsMissingFields: 'A page with no buyer: the status chip and the popup say which fields could not be read.',
  orderUsTall: 'A 76-item order: choose “Full page” in the capture panel’s options to capture it scrolled and stitched.',
  orderDe: 'A German order page (Europe marketplace): the readers understand German labels.',
  orderDeFba: 'A German FBA order on sellercentral.amazon.de.',
  orderJp: 'A Japanese order page on sellercentral.amazon.co.jp: capture it and the address and phone are masked.',
  orderListUs: 'The order list: rows of watch-listed buyers are marked once you list Maria Gonzalez.',
  orderSearchUs: 'A search for Maria Gonzalez: her two orders, marked when she is on the watchlist.',
  orderListDe: 'The German order list.',
  inboxUs: 'Buyer messages with no case open: pick a case on the left.',
  threadUs: 'Reply to Jordan Ellis: type an email address, a phone number or “leave a 5-star review” and watch the findings.',
  threadUsGuidelineFailure: 'A thread where Amazon rejected a seller message: try a safer reply.',
  threadUsOptedOut: 'The buyer opted out of messages: the reply box is disabled.',
  threadDe: 'A German thread: the draft guard reads German drafts too.',
  threadDeGuidelineFailure: 'A German thread with Amazon’s guideline-failure banner.',
  threadJpRisky: 'Risky buyer messages: a look-alike sign-in link (click it), a genuine Amazon link, a one-star threat.',
  contactUs: 'Contact Jordan Ellis: a risky draft is held at Send; “Send anyway” asks for a reason and logs it.',
  contactDe: 'Contact Lukas Schäfer on the German page: the review step is a dialog in a shadow root.',
};

const HERE = dirname(fileURLToPath(import.meta.url));
const FILES: Record<string, { type: string; body: () => string }> = {
  '': { type: 'text/html; charset=utf-8', body: () => readFileSync(join(HERE, 'start/index.html'), 'utf8') },
  'list-pages.js': { type: 'text/javascript; charset=utf-8', body: () => readFileSync(join(HERE, 'start/list-pages.js'), 'utf8') },
  'pages.json': {
    type: 'application/json; charset=utf-8',
    body: () => JSON.stringify(Object.entries(DEMO_PAGES).map(([name, tryThis]) => ({ name, url: FIXTURE_URLS[name as FixturePage], tryThis }))),
  },
};

/** Answer the start page's three files (routes added later win over the fixture route). */
export async function serveStartPage(context: BrowserContext): Promise<void> {
  await context.route(`${DEMO_START_URL}**`, (route) => {
    const file = FILES[new URL(route.request().url()).pathname.replace('/__demo__/', '')];
    if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    return route.fulfill({ status: 200, contentType: file.type, body: file.body() });
  });
}

import { afterAll, describe, expect, it } from 'vitest';
import type { PageSession } from '../../../../entrypoints/sellercentral.content/page/page-session';
import { pageValues } from '../../../../entrypoints/sellercentral.content/templates/reply-context';
import { fillTemplate, type Placeholder } from '../../../../rules/templates/placeholders';
import type { PageInfo } from '../../../../utils/protocol';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS } from '../../../fixtures/site';

afterAll(closeFixtures);

/** A page session whose reader saw this buyer and order (the rest of PageSession is not used). */
const sessionWith = (info: Partial<PageInfo>) => ({ current: () => info as PageInfo }) as unknown as PageSession;

const GERMAN_THREAD = sessionWith({ buyerName: 'Lukas Schäfer', orderId: '302-1938475-6647382' });

/** Each placeholder filled on the German thread (its side panel shows the order), as the agent reads it there. */
const FILLED_ON_THREAD: Array<[Placeholder, string]> = [
  ['buyerName', 'Lukas Schäfer'],
  ['orderId', '302-1938475-6647382'],
  ['agentName', 'Dana Reyes'],
  ['asin', 'B0CNX5T2QW, B0D9KM4R7Z'],
  ['productTitle', 'Nordwind Thermobecher 500 ml, Edelstahl, Anthrazit; Nordwind Brotdose mit Fächern, auslaufsicher, Grün'],
  ['carrier', 'DHL'],
  ['trackingId', '003404342588173621'],
  ['shipDate', 'Mo., 3. Nov. 2025'],
  ['deliveryDate', 'Fr., 7. Nov. 2025'],
];

describe('pageValues', () => {
  it.each(FILLED_ON_THREAD)('fills {%s} from the thread page', async (placeholder, value) => {
    const doc = await loadFixture(FIXTURE_URLS.threadDe);
    const filled = fillTemplate(`Wert: {${placeholder}}.`, pageValues(GERMAN_THREAD, 'Dana Reyes', doc));
    expect(filled).toEqual({ text: `Wert: ${value}.`, unfilled: [] });
  });

  const NOT_ON_CONTACT_PAGE: Placeholder[] = ['asin', 'productTitle', 'carrier', 'trackingId', 'shipDate', 'deliveryDate'];
  it.each(NOT_ON_CONTACT_PAGE)('leaves {%s} marked on the contact page, which does not show it', async (placeholder) => {
    const doc = await loadFixture(FIXTURE_URLS.contactUs);
    const session = sessionWith({ buyerName: 'Jordan Ellis', orderId: '112-4837261-5938217' });
    const filled = fillTemplate(`Hi {buyerName}, {${placeholder}}`, pageValues(session, 'Dana Reyes', doc));
    expect(filled.text).toBe(`Hi Jordan Ellis, {${placeholder}}`);
    expect(filled.unfilled.map((token) => token.name)).toEqual([placeholder]);
  });

  it('leaves the agent name marked when the agent has not given one', () => {
    const empty = new DOMParser().parseFromString('<p>Loading…</p>', 'text/html');
    expect(pageValues(sessionWith({}), '', empty)).toMatchObject({ agentName: null, buyerName: null, orderId: null, trackingId: null });
  });
});

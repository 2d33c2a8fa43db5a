import { afterAll, describe, expect, it } from 'vitest';
import { buyerFromContactHeader, readContactBuyer } from '../../../../entrypoints/sellercentral.content/readers/contact-buyer';
import { closeFixtures, driftLayout, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS } from '../../../fixtures/site';

afterAll(closeFixtures);

describe('readContactBuyer', () => {
  it.each([
    ['contactUs', false, '112-4837261-5938217', 'US', 'Jordan Ellis'],
    ['contactDe', false, '302-1938475-6647382', 'DE', 'Lukas Schäfer'],
    ['contactUs', true, '112-4837261-5938217', 'US', 'Jordan Ellis'],
    ['contactDe', true, '302-1938475-6647382', 'DE', 'Lukas Schäfer'],
  ] as const)('reads %s (drifted: %s)', async (page, drift, orderId, marketplace, buyerName) => {
    const doc = await loadFixture(FIXTURE_URLS[page]);
    if (drift) driftLayout(doc);

    const { data, missing } = readContactBuyer(doc);

    expect(data).toEqual({ orderId, marketplace, buyerName, buyerProxyEmail: null });
    expect(missing).toEqual(['buyerProxyEmail']);
  });

  it('reads the order id from the page when the URL has none', async () => {
    const doc = await loadFixture(FIXTURE_URLS.contactDe);

    const { data } = readContactBuyer(doc, 'https://sellercentral-europe.amazon.com/messaging/contact');

    expect(data.orderId).toBe('302-1938475-6647382');
    expect(data.marketplace).toBe('EU');
  });
});

describe('buyerFromContactHeader', () => {
  it.each([
    ['Send message to Jordan Ellis', 'Jordan Ellis'],
    ['Nachricht an Lukas Schäfer senden', 'Lukas Schäfer'],
    ['Envoyer un message à Camille Durand', 'Camille Durand'],
    ['Enviar mensaje a José García', 'José García'],
    ['Invia messaggio a Giulia Rossi', 'Giulia Rossi'],
    ['山田太郎様にメッセージを送信', '山田太郎'],
    ['Messages', null],
    ['', null],
  ] as const)('%s → %s', (heading, name) => {
    expect(buyerFromContactHeader(heading)).toBe(name);
  });
});

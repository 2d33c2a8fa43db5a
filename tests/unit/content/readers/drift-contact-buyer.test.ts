import { describe, expect, it } from 'vitest';
import { readContactBuyer } from '../../../../entrypoints/sellercentral.content/readers/contact-buyer';
import { page } from '../drift-page';

/**
 * Contact-buyer pages nobody wrote a fixture for. The heading "Send message to <name>" is the
 * only place the buyer's name shows: when it names a role ("the buyer") there is no name.
 */
const CASES: Array<{ name: string; url: string; html: string; buyerName: string | null; orderId: string; marketplace: string }> = [
  {
    name: 'amazon.de, heading drawn inside a Katal shadow root',
    url: 'https://sellercentral.amazon.de/messaging/contact?orderID=302-1938475-6647382&marketplaceID=A1PA6795UKMFR9',
    html: `<kat-box class="ayb-v3"><template shadow><div class="hdr"><h2>Nachricht an Lukas Schäfer senden</h2></div><slot></slot></template>
      <kat-textarea></kat-textarea></kat-box>`,
    buyerName: 'Lukas Schäfer',
    orderId: '302-1938475-6647382',
    marketplace: 'DE',
  },
  {
    name: 'amazon.com.br, Portuguese heading',
    url: 'https://sellercentral.amazon.com.br/messaging/contact?orderID=701-8823104-5529031&marketplaceID=A2Q3Y263D00KWC',
    html: '<div class="ayb-contact-buyer-header"><h2>Enviar mensagem para Ana Souza</h2></div>',
    buyerName: 'Ana Souza',
    orderId: '701-8823104-5529031',
    marketplace: 'BR',
  },
  {
    name: 'amazon.co.jp, honorific after the name',
    url: 'https://sellercentral.amazon.co.jp/messaging/contact?orderID=503-2847561-9023311&marketplaceID=A1VC38T7YXB528',
    html: '<div class="ayb-contact-buyer-header"><h2>山田 太郎 様にメッセージを送信</h2></div>',
    buyerName: '山田 太郎',
    orderId: '503-2847561-9023311',
    marketplace: 'JP',
  },
  ...[
    ['amazon.com', 'Send a message to the buyer', 'US', 'ATVPDKIKX0DER'],
    ['amazon.de', 'Nachricht an den Käufer senden', 'DE', 'A1PA6795UKMFR9'],
    ['amazon.fr', 'Envoyer un message à l’acheteur', 'FR', 'A13V1IB3VIYZZH'],
    ['amazon.es', 'Enviar un mensaje al comprador', 'ES', 'A1RKKUPIHCS9HS'],
    ['amazon.it', "Invia un messaggio all'acquirente", 'IT', 'APJ6JRA9NG5V4'],
  ].map(([host, heading, marketplace, id]) => ({
    name: `${host}, heading names the role, not the buyer: "${heading}"`,
    url: `https://sellercentral.${host}/messaging/contact?orderID=111-2223334-4445556&marketplaceID=${id}`,
    html: `<div class="ayb-contact-buyer-header"><h2>${heading}</h2></div>`,
    buyerName: null,
    orderId: '111-2223334-4445556',
    marketplace: marketplace!,
  })),
];

describe('readContactBuyer on drifted and other-language pages', () => {
  it.each(CASES)('$name', ({ url, html, buyerName, orderId, marketplace }) => {
    const { data, missing } = readContactBuyer(page(html), url);
    expect(data).toMatchObject({ buyerName, orderId, marketplace });
    expect(missing.includes('buyerName')).toBe(buyerName === null);
  });
});

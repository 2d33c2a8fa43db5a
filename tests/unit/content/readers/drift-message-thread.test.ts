import { describe, expect, it } from 'vitest';
import { readMessageThread } from '../../../../entrypoints/sellercentral.content/readers/message-thread';
import { page } from '../drift-page';

/**
 * Messaging cases nobody wrote a fixture for: other languages, and thread markup that drifted
 * from the older `.message-component` DOM (ordered lists, BEM classes, `<time>` headers, Katal
 * alerts). Buyer text must never count as a banner; a time must never count as a sender.
 */
interface Case {
  name: string;
  url: string;
  html: string;
  buyerName: string | null;
  orderId: string | null;
  buyerProxyEmail: string | null;
  messages: Array<{ direction: string; sender: string | null; time: string | null; text: string }>;
  banners: Array<{ kind: string; text: string }>;
}

const CASE_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const CASES: Case[] = [
  {
    name: 'amazon.de, an <ol> of messages told apart only by incoming/outgoing classes and <time> headers',
    url: `https://sellercentral.amazon.de/messaging/inbox?fi=ALL&cc=${CASE_ID}`,
    html: `
      <nav><ul><li>Alle</li><li>Antwort erforderlich</li><li>Gesendete Nachrichten</li></ul></nav>
      <main>
        <header><h2>Beschädigte Lieferung</h2><div>d7f2m8qz4wnc1rb+a1b2c3@marketplace.amazon.de</div></header>
        <ol class="thread-v5">
          <li class="msg msg--incoming"><div class="msg__head"><time datetime="2025-11-03T09:14">3. Nov. 2025, 09:14</time></div><div class="msg__text">Die Flasche kam verbeult an. Bitte um Ersatz.</div></li>
          <li class="msg msg--outgoing"><div class="msg__head"><time datetime="2025-11-03T11:40">3. Nov. 2025, 11:40</time></div><div class="msg__text">Das tut uns leid! Ein Ersatz ist unterwegs.</div></li>
        </ol>
        <div><kat-button label="Keine Antwort erforderlich"><template shadow><button><span>Keine Antwort erforderlich</span></button></template></kat-button></div>
      </main>
      <aside><h3>Bestellung</h3><dl>
        <dt>Name des Käufers</dt><dd>Lukas Schäfer</dd>
        <dt>Bestellnummer</dt><dd><a href="/orders-v3/order/302-1938475-6647382">302-1938475-6647382</a></dd>
        <dt>Status</dt><dd>Versandt</dd>
      </dl></aside>`,
    buyerName: 'Lukas Schäfer',
    orderId: '302-1938475-6647382',
    buyerProxyEmail: 'd7f2m8qz4wnc1rb@marketplace.amazon.de',
    messages: [
      { direction: 'buyer', sender: null, time: '3. Nov. 2025, 09:14', text: 'Die Flasche kam verbeult an. Bitte um Ersatz.' },
      { direction: 'seller', sender: null, time: '3. Nov. 2025, 11:40', text: 'Das tut uns leid! Ein Ersatz ist unterwegs.' },
    ],
    banners: [],
  },
  {
    name: 'amazon.co.jp, Amazon writing as "Amazon.co.jp" in a kat-box shadow root, A-to-z banner in Japanese inside a kat-alert',
    url: `https://sellercentral.amazon.co.jp/messaging/inbox?fi=ALL&cc=${CASE_ID}`,
    html: `
      <main>
        <kat-alert variant="info"><template shadow><div class="header">この注文はAmazonマーケットプレイス保証の対象です</div></template></kat-alert>
        <div role="list">
          <div role="listitem" class="received"><div><span class="sender">山田 太郎</span><span>2025/11/04 10:12</span></div><div>商品がまだ届いていません。</div></div>
          <div role="listitem"><div><span class="sender">Amazon.co.jp</span><span>2025/11/04 10:13</span></div><kat-box><template shadow><p>購入者からのお問い合わせを受け付けました。</p></template></kat-box></div>
        </div>
      </main>
      <aside><div>購入者名</div><div>山田 太郎</div><div>注文番号</div><div><a href="/orders-v3/order/503-2847561-9023311">503-2847561-9023311</a></div></aside>`,
    buyerName: '山田 太郎',
    orderId: '503-2847561-9023311',
    buyerProxyEmail: null,
    messages: [
      { direction: 'buyer', sender: '山田 太郎', time: '2025/11/04 10:12', text: '商品がまだ届いていません。' },
      { direction: 'amazon', sender: 'Amazon.co.jp', time: '2025/11/04 10:13', text: '購入者からのお問い合わせを受け付けました。' },
    ],
    banners: [{ kind: 'a2z-eligible', text: 'この注文はAmazonマーケットプレイス保証の対象です' }],
  },
  {
    name: 'amazon.es, guideline failure in Spanish; a help link naming the guidelines is no banner',
    url: `https://sellercentral.amazon.es/messaging/inbox?fi=ALL&cc=${CASE_ID}`,
    html: `
      <main>
        <div class="message-component received"><div class="message-sender">Lucía Fernández</div><div class="case-message-view-message-date">4 nov 2025 18:02</div>
          <div class="message-body-text">¿Podéis enviarlo a mi oficina?</div></div>
        <div class="message-component"><div class="message-sender">Casa Norte</div><div class="case-message-view-message-date">4 nov 2025 18:30</div>
          <div class="message-body-text">Claro, escríbenos a tienda@example.com</div>
          <kat-alert variant="danger"><template shadow><div>Este mensaje no se envió porque no cumplía las directrices de comunicación del servicio de mensajes entre compradores y vendedores.</div></template></kat-alert></div>
      </main>
      <aside><p>Nombre del comprador: Lucía Fernández</p><p>Número de pedido: 404-7731029-5582016</p>
        <p><a href="/help/hub/reference/G1801">Directrices de comunicación entre compradores y vendedores</a></p></aside>`,
    buyerName: 'Lucía Fernández',
    orderId: '404-7731029-5582016',
    buyerProxyEmail: null,
    messages: [
      { direction: 'buyer', sender: 'Lucía Fernández', time: '4 nov 2025 18:02', text: '¿Podéis enviarlo a mi oficina?' },
      { direction: 'seller', sender: 'Casa Norte', time: '4 nov 2025 18:30', text: 'Claro, escríbenos a tienda@example.com' },
    ],
    banners: [
      {
        kind: 'guideline-failure',
        text: 'Este mensaje no se envió porque no cumplía las directrices de comunicación del servicio de mensajes entre compradores y vendedores.',
      },
    ],
  },
  {
    name: 'amazon.fr, French guideline failure with a typographic apostrophe',
    url: `https://sellercentral.amazon.fr/messaging/inbox?fi=ALL&cc=${CASE_ID}`,
    html: `
      <main>
        <div class="message-component received"><div class="message-sender">Camille Dubois</div><div class="message-body-text">Où est mon colis ?</div></div>
        <div class="message-component"><div class="message-sender">Maison Nord</div><div class="message-body-text">Voici notre numéro : 06 12 34 56 78</div>
          <div role="alert">Ce message n’a pas été envoyé, car il ne respectait pas les directives de communication du service de messagerie acheteur-vendeur.</div></div>
      </main>
      <aside><div>Nom de l’acheteur</div><div>Camille Dubois</div></aside>`,
    buyerName: 'Camille Dubois',
    orderId: null,
    buyerProxyEmail: null,
    messages: [
      { direction: 'buyer', sender: 'Camille Dubois', time: null, text: 'Où est mon colis ?' },
      { direction: 'seller', sender: 'Maison Nord', time: null, text: 'Voici notre numéro : 06 12 34 56 78' },
    ],
    banners: [
      {
        kind: 'guideline-failure',
        text: 'Ce message n’a pas été envoyé, car il ne respectait pas les directives de communication du service de messagerie acheteur-vendeur.',
      },
    ],
  },
  {
    name: 'amazon.com.br, buyer opted out (Portuguese); the buyer quoting a banner is no banner',
    url: `https://sellercentral.amazon.com.br/messaging/inbox?fi=ALL&cc=${CASE_ID}`,
    html: `
      <main>
        <div class="message-component received"><div class="message-sender">Ana Souza</div>
          <div class="message-body-text">Vocês disseram que esta mensagem não foi enviada porque não atendeu às diretrizes de comunicação?</div></div>
        <kat-alert variant="warning"><template shadow><div>Este comprador decidiu sair da plataforma da Amazon ou não está qualificado para receber outras comunicações. O envio de mensagens a ele está desativado.</div></template></kat-alert>
      </main>
      <aside><dl><dt>Nome do comprador</dt><dd>Ana Souza</dd><dt>Número do pedido</dt><dd>701-8823104-5529031</dd></dl></aside>`,
    buyerName: 'Ana Souza',
    orderId: '701-8823104-5529031',
    buyerProxyEmail: null,
    messages: [
      {
        direction: 'buyer',
        sender: 'Ana Souza',
        time: null,
        text: 'Vocês disseram que esta mensagem não foi enviada porque não atendeu às diretrizes de comunicação?',
      },
    ],
    banners: [
      {
        kind: 'buyer-opted-out',
        text: 'Este comprador decidiu sair da plataforma da Amazon ou não está qualificado para receber outras comunicações. O envio de mensagens a ele está desativado.',
      },
    ],
  },
  {
    name: 'amazon.it, case list and thread in one <main>, no side panel: other cases are neither messages nor this order',
    url: `https://sellercentral.amazon.it/messaging/inbox?fi=ALL&cc=${CASE_ID}`,
    html: `
      <main>
        <section class="cases"><div role="list">
          <div role="listitem"><a href="/messaging/inbox?fi=ALL&amp;cc=9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a">Marco Bianchi · Ordine 403-9988776-5544332 · Fattura</a></div>
          <div role="listitem"><a href="/messaging/inbox?fi=ALL&amp;cc=${CASE_ID}">Giulia Romano · Ordine 403-1122334-5566778 · Pacco danneggiato</a></div>
        </div></section>
        <section class="thread"><h2>Ordine 403-1122334-5566778</h2>
          <ol>
            <li class="msg msg--incoming"><div><span>Giulia Romano</span><span>5 nov 2025, 08:40</span></div><div>Il pacco è arrivato danneggiato.</div></li>
            <li class="msg msg--outgoing"><div><span>Casa Nord</span><span>5 nov 2025, 09:05</span></div><div>Ci dispiace, le inviamo un sostituto.</div></li>
          </ol>
        </section>
      </main>`,
    buyerName: null,
    orderId: '403-1122334-5566778',
    buyerProxyEmail: null,
    messages: [
      { direction: 'buyer', sender: 'Giulia Romano', time: '5 nov 2025, 08:40', text: 'Il pacco è arrivato danneggiato.' },
      { direction: 'seller', sender: 'Casa Nord', time: '5 nov 2025, 09:05', text: 'Ci dispiace, le inviamo un sostituto.' },
    ],
    banners: [],
  },
  {
    name: 'amazon.de, a case about two orders and no side panel: which one is unknown, so none',
    url: `https://sellercentral.amazon.de/messaging/inbox?fi=ALL&cc=${CASE_ID}`,
    html: `
      <main>
        <header><h2>Bestellungen 302-1938475-6647382, 305-7712093-4481920</h2></header>
        <div class="message-component received"><div class="message-sender">Anna Müller</div><div class="message-body-text">Beide Pakete fehlen.</div></div>
      </main>`,
    buyerName: null,
    orderId: null,
    buyerProxyEmail: null,
    messages: [{ direction: 'buyer', sender: 'Anna Müller', time: null, text: 'Beide Pakete fehlen.' }],
    banners: [],
  },
  {
    name: 'amazon.com, the Order side panel shows no buyer name: "Ship by" is no name',
    url: `https://sellercentral.amazon.com/messaging/inbox?fi=ALL&cc=${CASE_ID}`,
    html: `
      <main>
        <div class="message-component received"><div class="case-message-view-message-date">Dec 9, 2025 10:12 AM</div><div class="message-body-text">Where is my order?</div></div>
      </main>
      <aside><h3>Order</h3>
        <div><div>Buyer name</div><div></div></div>
        <div><div>Ship by</div><div>Mon, Dec 8, 2025</div></div>
        <div><div>Deliver by</div><div>Fri, Dec 12, 2025</div></div>
        <div><div>Order ID</div><div><a href="/orders-v3/order/112-4837261-5938217">112-4837261-5938217</a></div></div>
        <div><div>Seller memo:</div><div></div></div>
      </aside>`,
    buyerName: null,
    orderId: '112-4837261-5938217',
    buyerProxyEmail: null,
    messages: [{ direction: 'buyer', sender: null, time: 'Dec 9, 2025 10:12 AM', text: 'Where is my order?' }],
    banners: [],
  },
];

describe('readMessageThread on drifted and other-language pages', () => {
  it.each(CASES)('$name', ({ url, html, buyerName, orderId, buyerProxyEmail, messages, banners }) => {
    const { data, missing } = readMessageThread(page(html), url);
    expect(data).toMatchObject({ caseId: CASE_ID, buyerName, orderId, buyerProxyEmail });
    expect(data.messages.map(({ direction, sender, time, text }) => ({ direction, sender, time, text }))).toEqual(messages);
    expect(data.banners).toEqual(banners);
    for (const [field, value] of Object.entries({ buyerName, orderId, buyerProxyEmail })) {
      expect(missing.includes(field)).toBe(value === null);
    }
  });
});

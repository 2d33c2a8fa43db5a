import { describe, expect, it } from 'vitest';
import { readMessageThread } from '../../../../entrypoints/sellercentral.content/readers/message-thread';
import { page } from '../drift-page';

/**
 * Who wrote each message is evidence: Seller Central's case JSON decides when it has the
 * message, then the page's own markers; with neither, the reader says `unknown`, never `seller`.
 */
const URL_ = 'https://sellercentral.amazon.de/messaging/inbox?fi=ALL&cc=0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** A thread whose messages carry no class, role or marker: sender line, then text. */
const thread = (...messages: Array<[sender: string, text: string]>) =>
  page(`<main><aside><dl><dt>Name des Käufers</dt><dd>Lukas Schäfer</dd></dl></aside><ol>
    ${messages.map(([sender, text]) => `<li><div><span class="message-sender">${sender}</span></div><div>${text}</div></li>`).join('')}
  </ol></main>`);

const directions = (doc: Document, json?: unknown) => readMessageThread(doc, URL_, json).data.messages.map((m) => m.direction);

describe('message direction', () => {
  it('is unknown when the sender only resembles the buyer and nothing else tells', () => {
    expect(directions(thread(['Lukas S.', 'Wo bleibt mein Paket?'], ['Casa Nord GmbH', 'Es ist unterwegs.']))).toEqual(['unknown', 'seller']);
  });

  it('follows the case JSON’s partyRole when Seller Central has the message', () => {
    const doc = thread(['Lukas S.', 'Wo bleibt mein Paket?'], ['Casa Nord GmbH', 'Es ist unterwegs.']);
    const json = {
      caseId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      caseArtifacts: [
        { creator: { partyRole: 'BUYER' }, createdDate: Date.parse('2025-11-03T09:14:00Z'), message: { messageBody: 'Wo bleibt mein Paket?' } },
        { creator: { partyRole: 'SELLER' }, createdDate: Date.parse('2025-11-03T11:40:00Z'), message: { messageBody: 'Es ist unterwegs.' } },
      ],
    };
    expect(directions(doc, json)).toEqual(['buyer', 'seller']);
  });

  it('names the buyer by exact name, Amazon by its sender names', () => {
    expect(directions(thread(['Lukas Schäfer', 'Hallo?'], ['Amazon.de', 'Ihre Anfrage wurde weitergeleitet.']))).toEqual(['buyer', 'amazon']);
  });
});

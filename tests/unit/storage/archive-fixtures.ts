import Dexie from 'dexie';
import { saveCapture, type CaptureDraft } from '../../../storage/capture/capture-store';
import { db } from '../../../storage/db';
import { orderDraft, pngBlob } from './capture-draft';

export { orderDraft, pngBlob };

/** A fresh, empty archive database. */
export async function resetDb(): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
  await db.open();
}

/** A realistic capture of a message thread, as the capture flow builds it. */
export function threadDraft(overrides: Partial<CaptureDraft> & { messages?: string[] } = {}): CaptureDraft {
  const { messages = ['Die Lieferung war beschädigt, bitte Rückerstattung.'], ...rest } = overrides;
  const orderId = rest.orderId ?? '302-1938475-6647382';
  const buyerName = rest.buyerName ?? 'Lukas Schäfer';
  return orderDraft({
    capturedAt: '2026-07-06T08:00:00.000Z',
    source: 'popup',
    url: 'https://sellercentral.amazon.de/messaging/inbox?fi=ALL&cc=a1b2c3d4',
    title: 'Nachrichten',
    marketplace: 'DE',
    kind: 'message-thread',
    orderId,
    buyerName,
    buyerProxyEmail: 'd7f2m8qz4wnc1rb@marketplace.amazon.de',
    asins: [],
    trackingIds: [],
    tags: [],
    note: '',
    data: {
      thread: {
        caseId: 'a1b2c3d4',
        orderId,
        marketplace: 'DE',
        buyerName,
        buyerProxyEmail: 'd7f2m8qz4wnc1rb@marketplace.amazon.de',
        messages: messages.map((text, i) => ({
          direction: i % 2 ? 'seller' : 'buyer',
          sender: i % 2 ? 'Nordwind Handel' : buyerName,
          time: `5 Nov 2025 ${16 + i}:48`,
          timeIso: `2025-11-05T${16 + i}:48:00.000Z`,
          text,
        })),
        banners: [],
      },
      missing: [],
    },
    text: `Nachrichten\n${buyerName}\nBestellung ${orderId}\n${messages.join('\n')}`,
    screenshot: 'none',
    screenshotNote: 'Captured from the page without a screenshot',
    ...rest,
  });
}

/** Store drafts through the real capture store (one chain, one transaction each). */
export async function seed(drafts: CaptureDraft[], withImages = false) {
  const saved = [];
  for (const [i, draft] of drafts.entries()) {
    saved.push(await saveCapture(draft, withImages && draft.screenshot !== 'none' ? [{ png: pngBlob(i), width: 4, height: 3 }] : []));
  }
  return saved;
}

/** A capture time `minutes` after a fixed start, for ordered seeds. */
export const at = (minutes: number) => new Date(Date.parse('2026-01-01T00:00:00Z') + minutes * 60_000).toISOString();

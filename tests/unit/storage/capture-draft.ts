import { Blob as NodeBlob } from 'node:buffer';
import { vi } from 'vitest';
import type { CaptureDraft } from '../../../storage/capture/capture-store';

/** A realistic capture of an order-details page, as the capture flow builds it. */
export function orderDraft(overrides: Partial<CaptureDraft> = {}): CaptureDraft {
  const orderId = overrides.orderId ?? '112-3456789-0123456';
  return {
    capturedAt: '2026-07-05T09:30:00.000Z',
    agent: 'Dana',
    extensionVersion: '0.1.0',
    source: 'page-button',
    url: `https://sellercentral.amazon.com/orders-v3/order/${orderId}`,
    title: 'Order details',
    marketplace: 'US',
    kind: 'order-details',
    orderId,
    buyerName: 'Jane Roe',
    buyerProxyEmail: 'k2x9c4m7p1q8r3s@marketplace.amazon.com',
    asins: ['B0CX23V2ZK'],
    trackingIds: ['1Z999AA10123456784'],
    tags: ['a-to-z'],
    note: 'Buyer says not received',
    data: {
      order: {
        orderId,
        marketplace: 'US',
        orderDate: 'Thu, Jul 2, 2026',
        status: 'Shipped',
        fulfillmentChannel: 'FBM',
        buyerName: 'Jane Roe',
        buyerProxyEmail: 'k2x9c4m7p1q8r3s@marketplace.amazon.com',
        items: [{ asin: 'B0CX23V2ZK', sku: 'MUG-01', title: 'Blue mug', quantity: 1 }],
        shippingService: 'Standard',
        tracking: [{ carrier: 'UPS', trackingId: '1Z999AA10123456784', status: 'Delivered', date: 'Jul 4, 2026' }],
      },
      missing: [],
    },
    text: `Order ID: ${orderId}\nBlue mug\nASIN: B0CX23V2ZK\nDelivered`,
    masked: true,
    contentHash: 'c'.repeat(64),
    screenshot: 'visible',
    screenshotNote: null,
    ...overrides,
  };
}

// happy-dom's Blob does not survive fake-indexeddb's structuredClone; Node's does, as
// Chrome's does in the real IndexedDB.
vi.stubGlobal('Blob', NodeBlob);

/** A tiny PNG-like blob (the store never decodes images; it hashes their bytes). */
export function pngBlob(seed: number): Blob {
  return new NodeBlob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, seed])], { type: 'image/png' }) as unknown as Blob;
}

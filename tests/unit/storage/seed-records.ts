/**
 * One or more realistic records per table, as an older version would have written them.
 * The migration test refuses to run for a table without seeds, so a new table cannot
 * slip past it.
 */
export const SEED_RECORDS: Record<string, Record<string, unknown>[]> = {
  audit: [
    {
      id: 1,
      at: '2026-06-01T09:30:00.000Z',
      kind: 'watchlist-add',
      agent: 'Dana',
      orderId: '112-3456789-0123456',
      summary: 'Added buyer Jane Roe to the watchlist',
      details: { reason: 'false-claim' },
    },
  ],
  watchlist: [
    {
      id: 'w-1',
      status: 'active',
      reviewDue: '2026-09-01T00:00:00.000Z',
      proxyEmails: ['k2x9c4m7p1q8r3s@marketplace.amazon.com'],
      orderIds: ['112-3456789-0123456'],
      nameKeys: ['jane roe'],
      notes: 'Claims not received twice',
    },
  ],
  captures: [
    {
      id: 'c-1',
      seq: 1,
      capturedAt: '2026-06-02T10:00:00.000Z',
      orderId: '112-3456789-0123456',
      kind: 'order-details',
      contentHash: 'a'.repeat(64),
      tokens: ['jane', 'roe', '112-3456789-0123456'],
      tags: ['a-to-z'],
    },
  ],
  captureImages: [{ id: 'c-1#0', captureId: 'c-1', index: 0, width: 2, height: 2 }],
  meta: [{ key: 'chain-head', value: { seq: 1, hash: 'b'.repeat(64) } }],
  chainEvents: [
    {
      seq: 1,
      at: '2026-07-02T03:00:00.000Z',
      agent: 'Dana',
      type: 'redaction',
      captureIds: ['c-1'],
      entries: [{ captureId: 'c-1', captureSeq: 1, captureHash: 'b'.repeat(64), redactedHash: 'c'.repeat(64), removedImages: [] }],
      fields: ['buyerName', 'buyerProxyEmail'],
      prevHash: '0'.repeat(64),
      hash: 'd'.repeat(64),
    },
  ],
  captureThumbs: [{ id: 'c-1', width: 96, height: 60 }],
  // Version 4: team sync.
  teamOutbox: [
    {
      seq: 1,
      workspace: 'ws-1',
      entryId: 'w-1',
      queuedAt: '2026-07-03T08:00:00.000Z',
      change: { changeId: 'chg-00000001', entryId: 'w-1', at: '2026-07-03T08:00:00.000Z', op: 'review', note: '' },
    },
  ],
  teamEntries: [{ id: 'w-1', workspace: 'ws-1', seq: 12, fieldVersions: { notes: 12, reason: 3 }, openConflicts: 1 }],
  teamVersionPages: [{ id: 1, workspace: 'ws-1', entryIds: ['w-2', 'w-3'], seqs: [4, 5], fieldVersions: [{ notes: 4 }, { notes: 2, severity: 5 }] }],
  teamAttestations: [
    { captureId: 'c-1', workspace: 'ws-1', sha256: 'b'.repeat(64), chainSeq: 1, seq: 4, receivedAt: '2026-07-01T02:00:01.000Z', keyFingerprint: 'k'.repeat(43) },
  ],
  templates: [
    {
      id: 'starter-refund-issued-en',
      version: 2,
      archived: false,
      name: 'Refund issued',
      reason: 'thread-reply',
      language: 'en',
      body: 'Hello {buyerName}, we have issued a refund for order {orderId}.',
      createdAt: '2026-06-01T09:30:00.000Z',
      updatedAt: '2026-06-02T09:30:00.000Z',
      author: 'Dana',
    },
  ],
  // Version 9: the watchlist several entries to a record.
  watchlistChunks: [
    {
      id: 1,
      entries: [
        {
          id: 'w-4',
          status: 'active',
          reviewDue: '2026-12-01T00:00:00.000Z',
          proxyEmails: [],
          orderIds: ['113-3456789-0123456'],
          nameKeys: ['ann lee'],
          notes: 'Asked for a refund outside Amazon',
        },
      ],
      orderIds: ['113-3456789-0123456'],
      proxyEmails: [],
    },
  ],
};

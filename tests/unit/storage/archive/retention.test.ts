import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../storage/chain/capture-chain';
import { CHAIN_BASE_KEY } from '../../../../storage/chain/chain-link';
import { verifyEvents } from '../../../../storage/chain/chain-events';
import { db } from '../../../../storage/db';
import { runRetention } from '../../../../storage/archive/retention';
import { redactText, REDACTED } from '../../../../storage/archive/retention-redact';
import { searchArchive } from '../../../../storage/archive/search';
import { orderDraft, resetDb, seed, threadDraft } from '../archive-fixtures';

beforeEach(resetDb);

const NOW = new Date('2026-03-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const policy = { redactAfterDays: 30, deleteAfterDays: null };

describe('redactText', () => {
  it.each([
    ['the buyer name, whole and by word', 'Hello Jordan, Jordan Ellis wrote', 'Hello [redacted], [redacted] wrote'],
    ['email addresses', 'Write to k3m9xq2vbw7hty4@marketplace.amazon.com or jo@example.org', 'Write to [redacted] or [redacted]'],
    ['phone numbers', 'Call me at (813) 555-0100 please', 'Call me at [redacted] please'],
    ['not order ids', 'Order 112-4837261-5938217 for Jordan', 'Order 112-4837261-5938217 for [redacted]'],
    ['not words that only contain the name', 'Jordanian rugs', 'Jordanian rugs'],
  ])('removes %s', (_label, input, expected) => {
    expect(redactText(input, ['Jordan Ellis'], 'US')).toBe(expected);
  });
});

describe('runRetention', () => {
  const seedAged = () =>
    seed(
      [
        orderDraft({ capturedAt: daysAgo(45), orderId: '112-4837261-5938217', buyerName: 'Jordan Ellis', text: 'Order 112-4837261-5938217 Jordan Ellis (813) 555-0100 Delivered' }),
        threadDraft({ capturedAt: daysAgo(40), buyerName: 'Lukas Schäfer', messages: ['Hallo, hier Lukas Schäfer, Tel. +49 221 1234567. Paket beschädigt.'] }),
        orderDraft({ capturedAt: daysAgo(5), orderId: '111-3048571-9920388', buyerName: 'Chen Wei' }),
      ],
      true,
    );

  it('removes buyer personal data from captures past the limit and keeps what proves the order', async () => {
    const [old, thread, young] = await seedAged();
    expect(await runRetention(policy, 'Dana', NOW)).toEqual({ redacted: 2, deleted: 0 });

    const redacted = (await db.captures.get(old!.id))!;
    expect(redacted).toMatchObject({ buyerName: null, buyerProxyEmail: null, orderId: old!.orderId, asins: old!.asins, trackingIds: old!.trackingIds, hash: old!.hash, prevHash: old!.prevHash, capturedAt: old!.capturedAt, images: [], screenshot: 'none' });
    expect(redacted.data.order).toMatchObject({ status: 'Shipped', buyerName: null, buyerProxyEmail: null, items: old!.data.order!.items, tracking: old!.data.order!.tracking });
    expect(redacted.text).toBe(`Order 112-4837261-5938217 ${REDACTED} ${REDACTED} Delivered`);
    expect(await db.captureImages.where('captureId').equals(old!.id).count()).toBe(0);

    const message = (await db.captures.get(thread!.id))!.data.thread!.messages[0]!;
    expect(message).toMatchObject({ sender: null, text: `Hallo, hier ${REDACTED}, Tel. ${REDACTED}. Paket beschädigt.` });
    expect(await db.captures.get(young!.id)).toEqual(young);
  });

  it('keeps the seller’s and Amazon’s sender names, never one the reader could not place', async () => {
    const draft = threadDraft({ capturedAt: daysAgo(40), messages: ['Wo bleibt es?', 'Unterwegs.', 'Danke.'] });
    const [unknown, , amazon] = draft.data.thread!.messages;
    Object.assign(unknown!, { direction: 'unknown', sender: 'Lukas S.' });
    Object.assign(amazon!, { direction: 'amazon', sender: 'Amazon.de' });
    const [thread] = await seed([draft], true);
    await runRetention(policy, 'Dana', NOW);
    const senders = (await db.captures.get(thread!.id))!.data.thread!.messages.map((m) => [m.direction, m.sender]);
    expect(senders).toEqual([['unknown', null], ['seller', 'Nordwind Handel'], ['amazon', 'Amazon.de']]);
  });

  it('keeps the capture chain and the event chain verifying, and records the original hashes', async () => {
    const [old, thread] = await seedAged();
    await runRetention(policy, 'Dana', NOW);
    expect(await verifyChain()).toMatchObject({ ok: true, intact: 3 });
    expect(await verifyEvents()).toEqual({ ok: true, intact: 1, problem: null });
    const [event] = await db.chainEvents.toArray();
    expect(event).toMatchObject({ type: 'redaction', agent: 'Dana', captureIds: [old!.id, thread!.id] });
    expect(event!.type === 'redaction' && event!.entries.map((e) => e.captureHash)).toEqual([old!.hash, thread!.hash]);
  });

  it('still reports a redacted capture changed afterwards', async () => {
    const [old] = await seedAged();
    await runRetention(policy, 'Dana', NOW);
    await db.captures.update(old!.id, { orderId: '999-9999999-9999999' });
    expect((await verifyChain()).firstBroken).toMatchObject({ id: old!.id, reason: 'hash-mismatch' });
  });

  it('reports a redaction event changed afterwards', async () => {
    await seedAged();
    await runRetention(policy, 'Dana', NOW);
    await db.chainEvents.update(1, { agent: 'Mallory' });
    expect((await verifyEvents()).problem).toMatch(/#1 \(redaction\) was changed/);
    // The tampered event no longer vouches for the redacted captures.
    expect((await verifyChain()).ok).toBe(false);
  });

  it('makes redacted buyers unsearchable but keeps the order findable', async () => {
    await seedAged();
    await runRetention(policy, 'Dana', NOW);
    expect((await searchArchive('buyer:jordan')).items).toHaveLength(0);
    expect((await searchArchive('112-4837261-5938217')).items).toHaveLength(1);
    expect((await searchArchive('buyer:chen')).items).toHaveLength(1);
  });

  it('does nothing twice and audits every run', async () => {
    await seedAged();
    await runRetention(policy, 'Dana', NOW);
    expect(await runRetention(policy, 'Dana', new Date(NOW.getTime() + 3_600_000))).toEqual({ redacted: 0, deleted: 0 });
    expect(await db.chainEvents.count()).toBe(1);
    const audit = await db.audit.where('kind').equals('retention').toArray();
    expect(audit.map((a) => a.summary)).toEqual(['Retention run: 2 capture(s) redacted, 0 deleted', 'Retention run: 0 capture(s) redacted, 0 deleted']);
  });

  it('deletes the oldest captures when asked, and the chain verifies from its new base', async () => {
    const [old, thread, young] = await seedAged();
    const summary = await runRetention({ redactAfterDays: 30, deleteAfterDays: 42 }, 'Dana', NOW);
    expect(summary).toEqual({ redacted: 2, deleted: 1 });
    expect(await db.captures.get(old!.id)).toBeUndefined();
    expect(await db.captures.get(thread!.id)).toBeDefined();
    expect(await db.captures.get(young!.id)).toBeDefined();
    expect((await db.meta.get(CHAIN_BASE_KEY))?.value).toEqual({ seq: old!.seq, hash: old!.hash });
    expect(await verifyChain()).toMatchObject({ ok: true, intact: 2 });
    expect(await verifyEvents()).toMatchObject({ ok: true, intact: 2 });
    expect((await db.chainEvents.get(2))).toMatchObject({ type: 'deletion', fromSeq: 1, toSeq: 1, count: 1 });
  });
});

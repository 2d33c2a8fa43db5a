import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkAttestation, pushAttestBatch } from '../../../../entrypoints/background/team/team-attest';
import { getTeamState } from '../../../../entrypoints/background/team/team-state';
import { db } from '../../../../storage/db';
import { saveCapture } from '../../../../storage/capture/capture-store';
import { countAttestWaiting } from '../../../../storage/team/team-attest-outbox';
import { resetDb, threadDraft } from '../../storage/archive-fixtures';
import { joinAs } from '../../storage/team/team-test-state';

type Attestation = { captureId: string; chainSeq: number; sha256: string; publicKey: { kty: string }; signature: string };

beforeEach(async () => {
  await resetDb();
  await joinAs('agent');
});
afterEach(() => vi.unstubAllGlobals());

describe('capture attestations', () => {
  it("sends each capture's hash, chain position and public key once, and keeps the receipts", async () => {
    const sent: Attestation[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      const { attestations } = JSON.parse(String(init.body)) as { attestations: Attestation[] };
      sent.push(...attestations);
      return Response.json({ receipts: attestations.map((a, i) => ({ captureId: a.captureId, seq: sent.length - attestations.length + i + 1, receivedAt: '2026-12-07T03:00:00.000Z', keyFingerprint: 'fp', duplicate: false })) });
    });
    const first = await saveCapture(threadDraft());
    const second = await saveCapture(threadDraft({ note: 'second' }));
    const state = (await getTeamState())!;
    expect(await countAttestWaiting('w-1')).toBe(2);
    expect(await pushAttestBatch(state)).toBe(2);
    expect(await pushAttestBatch(state)).toBe(0);
    expect(sent.map((a) => [a.captureId, a.chainSeq, a.sha256])).toEqual([
      [first.id, 1, first.hash],
      [second.id, 2, second.hash],
    ]);
    expect(sent[0]!.publicKey).toMatchObject({ kty: 'EC' });
    expect(sent[0]!.publicKey).not.toHaveProperty('d');
    expect(sent[0]!.signature).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await db.teamAttestations.get(first.id)).toMatchObject({ workspace: 'w-1', seq: 1, sha256: first.hash, keyFingerprint: 'fp' });
    expect(await countAttestWaiting('w-1')).toBe(0);
  });

  it('says who attested a hash, that the server never saw it, or that the text is not a hash', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      const hash = new URL(url).pathname.split('/').at(-1);
      const attestations = hash === 'a'.repeat(64)
        ? [{ seq: 1, captureId: 'c-1234567890', chainSeq: 1, sha256: hash, capturedAt: '2026-12-07T02:00:00.000Z', memberId: 'm-2', agent: 'Bo Agent', keyFingerprint: 'fp', publicKey: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }, signature: null, receivedAt: '2026-12-07T02:00:01.000Z' }]
        : [];
      return Response.json({ attestations });
    });
    expect(await checkAttestation('A'.repeat(64))).toMatchObject({ status: 'attested', attestations: [{ agent: 'Bo Agent', receivedAt: '2026-12-07T02:00:01.000Z' }] });
    expect(await checkAttestation('b'.repeat(64))).toMatchObject({ status: 'never-seen' });
    expect(await checkAttestation('not a hash')).toEqual({ status: 'not-a-hash' });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jwkThumbprint } from '../attestations/key-thumbprint';
import { BACKENDS, openTestDatabase, type TestDatabase } from './test-database';
import { call, makeTeam, type Team } from './test-server';

const hash = (digit: string) => digit.repeat(64);
// RFC 7638 section 3.1's RSA key and thumbprint.
const RFC_KEY = {
  kty: 'RSA' as const,
  n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
  e: 'AQAB',
};
const KEY = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' };
const attestation = (captureId: string, fields: Record<string, unknown> = {}) => ({
  captureId,
  chainSeq: 1,
  sha256: hash('a'),
  capturedAt: '2026-05-01T09:00:00Z',
  publicKey: KEY,
  ...fields,
});

it('computes the RFC 7638 thumbprint of the RFC’s example key', () => {
  expect(jwkThumbprint(RFC_KEY)).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
});

describe.each(BACKENDS)('attestations and policy on %s', (backend) => {
  let t: TestDatabase;
  let team: Team;
  beforeEach(async () => {
    t = await openTestDatabase(backend);
    team = await makeTeam(t.db);
  });
  afterEach(async () => {
    await team.app.close();
    await t.close();
  });

  it('stores an attestation once, finds it by hash, and refuses the capture id with another hash', async () => {
    const push = (body: unknown) => call(team.app, 'POST', '/v1/attestations', { token: team.tokens.agent, body: { attestations: [body] } });
    const first = await push(attestation('capture-0001'));
    expect(first.body.receipts[0]).toMatchObject({ captureId: 'capture-0001', duplicate: false, keyFingerprint: jwkThumbprint(KEY as never) });
    expect((await push(attestation('capture-0001'))).body.receipts[0]).toMatchObject({ seq: first.body.receipts[0].seq, duplicate: true });
    const changed = await push(attestation('capture-0001', { sha256: hash('b') }));
    expect([changed.status, changed.body.error.code]).toEqual([409, 'version-conflict']);
    const found = await call(team.app, 'GET', `/v1/attestations/by-hash/${hash('a')}`, { token: team.tokens.auditor });
    expect(found.body.attestations).toHaveLength(1);
    expect(found.body.attestations[0]).toMatchObject({ agent: 'Ann Agent', chainSeq: 1, capturedAt: '2026-05-01T09:00:00.000Z' });
    expect((await call(team.app, 'GET', `/v1/attestations/by-hash/${hash('c')}`, { token: team.tokens.agent })).body.attestations).toEqual([]);
    await expect(t.owner.query('DELETE FROM attestations')).rejects.toThrow(/append-only/);
  });

  it('refuses a private key', async () => {
    const answer = await call(team.app, 'POST', '/v1/attestations', {
      token: team.tokens.agent,
      body: { attestations: [attestation('capture-0002', { publicKey: { ...KEY, d: 'secret' } })] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.field).toMatch(/^attestations\[1\]\.publicKey/);
  });

  it('serves the team policy to everyone; a lead saves versions; a stale save is refused', async () => {
    const empty = await call(team.app, 'GET', '/v1/policy', { token: team.tokens.agent });
    expect(empty.body).toEqual({
      version: 0,
      policy: { allowedLinkDomains: [], blockedTerms: [], templatesOnlySeverity: null, replyTemplates: [] },
      updatedBy: null,
      updatedAt: null,
    });
    const policy = { allowedLinkDomains: ['Example.com'], blockedTerms: ['refund outside amazon'], templatesOnlySeverity: 'high' };
    const saved = await call(team.app, 'PUT', '/v1/policy', { token: team.tokens.lead, body: { baseVersion: 0, policy } });
    expect(saved.body).toMatchObject({ version: 1, updatedBy: 'Lee Lead', policy: { allowedLinkDomains: ['example.com'] } });
    const stale = await call(team.app, 'PUT', '/v1/policy', { token: team.tokens.admin, body: { baseVersion: 0, policy } });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'version-conflict']);
    expect((await call(team.app, 'PUT', '/v1/policy', { token: team.tokens.agent, body: { baseVersion: 1, policy } })).status).toBe(403);
    expect((await call(team.app, 'PUT', '/v1/policy', { token: team.tokens.auditor, body: { baseVersion: 1, policy } })).status).toBe(403);
    expect((await call(team.app, 'GET', '/v1/policy', { token: team.tokens.auditor })).body.version).toBe(1);
  });

  // ── The policy signal in live pulls: a pull naming the policy version it holds learns of a new one at once ──
  const pull = (query: string, app = team.app) => call(app, 'GET', `/v1/watchlist/changes?${query}`, { token: team.tokens.agent });
  const savePolicy = (baseVersion: number) =>
    call(team.app, 'PUT', '/v1/policy', { token: team.tokens.lead, body: { baseVersion, policy: { blockedTerms: [`term-${baseVersion}`] } } });

  it('answers with the current policy version only when asked (older clients see the same answer as before)', async () => {
    expect((await pull('after=0')).body).toEqual({ entries: [], cursor: 0, hasMore: false });
    expect((await pull('after=0&policy=0')).body).toEqual({ entries: [], cursor: 0, hasMore: false, policyVersion: 0 });
    await savePolicy(0);
    expect((await pull('after=0&policy=0')).body.policyVersion).toBe(1);
  });

  it('does not hold a pull whose policy is already out of date', async () => {
    await savePolicy(0);
    const started = Date.now();
    expect((await pull('after=0&wait=20&policy=0')).body.policyVersion).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("wakes a waiting pull when a lead saves the policy, and not for a colleague's pull that holds the new version", async () => {
    const waiting = pull('after=0&wait=20&policy=0');
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await savePolicy(0)).status).toBe(200);
    expect((await waiting).body).toMatchObject({ entries: [], policyVersion: 1 });
    expect(Date.now() - started).toBeLessThan(5000);

    const current = Date.now();
    expect((await pull('after=0&wait=1&policy=1')).body.policyVersion).toBe(1);
    expect(Date.now() - current).toBeGreaterThanOrEqual(900);
  });

  it('wakes a waiting pull on another server process of the same database', async () => {
    const { buildApp } = await import('../http/app');
    const otherServer = buildApp({ db: t.db, pollMs: 100 });
    try {
      const waiting = pull('after=0&wait=20&policy=0', otherServer);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      await savePolicy(0);
      expect((await waiting).body.policyVersion).toBe(1);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await otherServer.close();
    }
  });
});

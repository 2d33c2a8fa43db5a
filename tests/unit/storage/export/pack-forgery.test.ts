import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../storage/db';
import type { EvidenceManifest } from '../../../../storage/export/manifest-schema';
import { installSigningKey } from '../../../../storage/export/signing-key';
import { restoreExport } from '../../../../storage/export/restore';
import type { SellerGuardError } from '../../../../utils/errors';
import { verifyExport } from '../../../../storage/export/verify-export';
import { at, orderDraft, resetDb, seed, threadDraft } from '../archive-fixtures';
import { otherInstallKey, pack, reseal, unzip } from './pack-helpers';

beforeEach(resetDb);

const ORDER = '112-4837261-5938217';
const seedTwo = () => seed([orderDraft({ capturedAt: at(1), orderId: ORDER }), threadDraft({ capturedAt: at(2) })], true);

/** Everything the archive holds, to show a refused restore wrote nothing. */
const snapshot = async () => ({
  captures: await db.captures.toArray(),
  images: (await db.captureImages.toArray()).map((i) => i.id),
  meta: await db.meta.toArray(),
  events: await db.chainEvents.toArray(),
  audit: (await db.audit.toArray()).filter((a) => a.kind !== 'restore'),
});

describe('signed packs', () => {
  it('a genuine pack verifies as signed by this install’s key and agent', async () => {
    await seedTwo();
    const report = await verifyExport((await pack()).blob);
    const { fingerprint } = await installSigningKey();
    expect(report).toMatchObject({ ok: true, signature: { status: 'signed', fingerprint, signedBy: 'Dana' } });
    expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/);
  });

  it('keeps one key per install: a second export signs with the same key', async () => {
    await seedTwo();
    const first = await verifyExport((await pack()).blob);
    const second = await verifyExport((await pack({ type: 'order', orderId: ORDER })).blob);
    expect(first.signature).toMatchObject({ status: 'signed' });
    expect(second.signature).toEqual(first.signature);
  });

  it('an edited pack re-sealed (hashes, chain and manifest recomputed) fails the signature check', async () => {
    await seedTwo();
    const forged = await reseal((await pack()).blob, (manifest) => {
      manifest.captures[1]!.record.buyerName = 'Someone Else';
    });
    const report = await verifyExport(forged);
    expect(report.ok).toBe(false);
    expect(report.signature).toEqual({ status: 'invalid' });
    // Every hash and chain link checks out: only the signature tells.
    expect(report.problems).toEqual([expect.stringMatching(/^manifest\.sig\.json does not match manifest\.json: the manifest was changed after key [0-9a-f ]+ signed it\.$/)]);
  });

  it('a pack re-sealed and re-signed by another key verifies, but names that other key', async () => {
    await seedTwo();
    const theirs = await otherInstallKey();
    const forged = await reseal((await pack()).blob, (manifest) => void (manifest.captures[1]!.record.buyerName = 'Someone Else'), theirs);
    const report = await verifyExport(forged);
    expect(report.signature).toMatchObject({ status: 'signed', fingerprint: theirs.fingerprint, signedBy: 'Forger' });
    expect(theirs.fingerprint).not.toBe((await installSigningKey()).fingerprint);
  });

  it.each([
    ['a version 2 pack without its signature', 2, { status: 'invalid' }, ['manifest.sig.json is missing: this version 2 pack must be signed, so its signature was removed.']],
    ['a version 1 pack (made before signing)', 1, { status: 'not-signed' }, []],
  ] as const)('reports %s', async (_label, version, signature, problems) => {
    await seedTwo();
    const forged = await reseal((await pack()).blob, (manifest, files) => {
      manifest.version = version;
      delete files['manifest.sig.json'];
    });
    const report = await verifyExport(forged);
    expect(report.signature).toEqual(signature);
    expect(report.problems).toEqual(problems);
    if (version === 1) expect(report.notes).toContain('Not signed: this is a version 1 pack, made before Seller Guard signed its exports, so who made it cannot be checked.');
  });

  it('flags a signature file whose fingerprint is not its key’s', async () => {
    await seedTwo();
    const forged = await reseal((await pack()).blob, () => undefined, await otherInstallKey());
    const files = await unzip(forged);
    const sig = JSON.parse(new TextDecoder().decode(files['manifest.sig.json']));
    sig.fingerprint = (await installSigningKey()).fingerprint;
    files['manifest.sig.json'] = new TextEncoder().encode(JSON.stringify(sig));
    const report = await verifyExport(new Blob([zipSync(files) as BlobPart]));
    expect(report.problems).toEqual(['manifest.sig.json states a fingerprint that is not the one of the key it carries.']);
  });
});

describe('forged records are refused before anything is written', () => {
  it.each([
    [
      'an id that would always sort newest',
      (m: EvidenceManifest) => {
        const record = m.captures[1]!.record;
        record.id = 'c-000000000000-000000000000';
      },
      /^Capture #2 in manifest\.json has the id "c-000000000000-000000000000", which is not a Seller Guard capture id for its capture time/,
    ],
    [
      'an id that climbs out of a folder',
      (m: EvidenceManifest) => void (m.captures[1]!.record.id = '../../x'),
      /^Capture #2 in manifest\.json has the id "\.\.\/\.\.\/x", which is not a Seller Guard capture id/,
    ],
    [
      'a path-traversal order id',
      (m: EvidenceManifest) => void (m.captures[1]!.record.orderId = '../../../../../.config/autostart/x'),
      /^Capture #2 in manifest\.json has the order id "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.config\/autostart\/x", which is not an Amazon order id\.$/,
    ],
    [
      'an ASIN with markup',
      (m: EvidenceManifest) => void (m.captures[0]!.record.asins = ['<img src=x>']),
      /^Capture #1 in manifest\.json lists the ASIN "<img src=x>", which is not an ASIN\.$/,
    ],
    [
      'a capture time in the future',
      (m: EvidenceManifest) => void (m.captures[1]!.record.capturedAt = '2999-01-01T00:00:00.000Z'),
      /^Capture #2 in manifest\.json was captured in the future \(2999-01-01T00:00:00\.000Z\)\.$/,
    ],
  ])('%s, even in a pack re-signed by a valid key', async (_label, edit, problem) => {
    await seedTwo();
    const forged = await reseal((await pack()).blob, edit, await otherInstallKey());
    expect((await verifyExport(forged)).problems).toContainEqual(expect.stringMatching(problem));

    await resetDb();
    await seed([threadDraft({ capturedAt: at(9), orderId: '302-1938475-6647383' })]);
    const before = await snapshot();
    const error = await restoreExport(forged, { agent: 'Sam' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'restore-refused' });
    expect((error as SellerGuardError).problems).toContainEqual(expect.stringMatching(problem));
    expect(await snapshot()).toEqual(before);
  });

  it('explains more screenshot files than screenshots in a sentence, not a TypeError', async () => {
    await seedTwo();
    const forged = await reseal(
      (await pack()).blob,
      (manifest) => {
        const shots = manifest.captures[0]!.screenshots;
        shots.push({ ...shots[0]!, path: 'screenshots/000001_112-4837261-5938217_2.png' });
        manifest.files.push({ ...manifest.files.find((f) => f.path === shots[0]!.path)!, path: 'screenshots/000001_112-4837261-5938217_2.png' });
      },
      await otherInstallKey(),
    );
    const error = await restoreExport(forged, { agent: 'Sam' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'restore-refused' });
    expect((error as SellerGuardError).problems).toContain('Capture #1 in manifest.json lists 2 screenshot files but its record has 1 screenshot(s).');
  });

  it('explains two captures with one id in a sentence, not a BulkError', async () => {
    const saved = await seedTwo();
    const forged = await reseal((await pack()).blob, (manifest) => void (manifest.captures[1]!.record.id = saved[0]!.id), await otherInstallKey());
    await resetDb();
    const before = await snapshot();
    const error = await restoreExport(forged, { agent: 'Sam' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'restore-refused' });
    expect((error as SellerGuardError).problems).toContain(`Captures #1 and #2 in manifest.json have the same id "${saved[0]!.id}": only one capture may have an id.`);
    expect(await snapshot()).toEqual(before);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../locales/current';
import type { Language } from '../../../../locales/languages';
import { checkManifestSignature } from '../../../../storage/export/pack-signature';
import { checkEntryName } from '../../../../storage/export/zip-names';
import { readZipEntries } from '../../../../storage/export/zip-reader';
import { SellerGuardError } from '../../../../utils/errors';

afterEach(() => setLanguage('en'));

const notAZip = new Blob(['this is not a ZIP archive, just text long enough to hold no end record']);

describe('a damaged evidence pack is refused in the agent’s language', () => {
  it.each<[Language, string]>([
    ['en', 'This file is not a ZIP archive (no end of central directory).'],
    ['de', 'Diese Datei ist kein ZIP-Archiv (das Ende des Inhaltsverzeichnisses fehlt).'],
    ['zh-CN', '此文件不是 ZIP 压缩包（缺少中央目录结尾）。'],
  ])('%s: a file that is not a ZIP', async (language, expected) => {
    setLanguage(language);
    const refused = await readZipEntries(notAZip).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SellerGuardError);
    expect(refused).toMatchObject({ code: 'zip-format', message: expected });
  });

  it('de: an entry name that climbs out of the pack', () => {
    setLanguage('de');
    expect(() => checkEntryName('../../autostart/x')).toThrow(
      'Der ZIP-Eintrag "../../autostart/x" führt aus dem Paket hinaus oder hat einen leeren Abschnitt („..“, „.“, „//“), daher wurde das Paket nicht gelesen.',
    );
  });

  it('de: a signature file that is not JSON', async () => {
    setLanguage('de');
    const check = await checkManifestSignature(new Uint8Array([1]), new TextEncoder().encode('{nope'));
    expect(check).toEqual({ ok: false, problem: 'manifest.sig.json ist kein JSON, daher lässt sich das Paket nicht gegen seinen Unterzeichner prüfen.' });
  });
});

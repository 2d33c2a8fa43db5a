import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../storage/db';
import { saveTemplate, templateHistory } from '../../../../storage/templates/template-store';
import { exportTemplates, importTemplates, MAX_TEMPLATES_FILE_BYTES, TEMPLATES_FORMAT } from '../../../../storage/templates/template-transfer';

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

const file = (templates: unknown[]) => JSON.stringify({ format: TEMPLATES_FORMAT, formatVersion: 1, exportedAt: '2026-01-10T09:00:00.000Z', templates });
const good = { id: 'team-thanks', name: 'Thanks', reason: 'thread-reply', language: 'de', body: 'Hallo {buyerName}, danke für Bestellung {orderId}.' };

describe('template import and export', () => {
  it('round-trips the library: an export imports into an empty one unchanged', async () => {
    await saveTemplate({ input: { name: 'A', reason: 'invoice', language: 'en', body: 'Invoice for {orderId} attached.' }, confirmed: false, author: 'Mia' });
    const exported = JSON.stringify(await exportTemplates());
    expect(await importTemplates(exported, { author: 'Leo', confirmed: false })).toEqual({ added: 0, updated: 0, unchanged: 1 });
    await Promise.all(db.tables.map((table) => table.clear()));
    expect(await importTemplates(exported, { author: 'Leo', confirmed: false })).toEqual({ added: 1, updated: 0, unchanged: 0 });
  });

  it('adds a new version when a known template changed', async () => {
    await importTemplates(file([good]), { author: 'Leo', confirmed: false });
    const result = await importTemplates(file([{ ...good, body: 'Hallo {buyerName}, vielen Dank ({orderId}).' }]), { author: 'Leo', confirmed: false });
    expect(result.updated).toBe(1);
    expect((await templateHistory('team-thanks')).map((v) => v.version)).toEqual([2, 1]);
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['the wrong format', JSON.stringify({ format: 'other' }), /Not a Seller Guard templates file/],
    ['an unknown reason', file([{ ...good, reason: 'chat' }]), /templates\.0\.reason/],
    ['a template with an email address', file([good, { ...good, id: 'bad', name: 'Bad', body: 'Mail a@b.de' }]), /"Bad" does not pass/],
    ['a misspelt placeholder', file([{ ...good, body: 'Hallo {buyer}' }]), /does not pass/],
    ['a file over the size cap', ' '.repeat(MAX_TEMPLATES_FILE_BYTES + 1), /larger than 2 MB/],
  ])('refuses %s and changes nothing', async (_what, text, error) => {
    await expect(importTemplates(text, { author: 'Leo', confirmed: true })).rejects.toThrow(error);
    expect(await db.templates.count()).toBe(0);
  });
});

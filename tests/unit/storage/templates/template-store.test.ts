import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../storage/db';
import { seedStarterTemplates } from '../../../../storage/templates/seed-templates';
import { archiveTemplate, listTemplates, saveTemplate, templateHistory } from '../../../../storage/templates/template-store';
import type { TemplateInput } from '../../../../rules/templates/template-schema';

const input: TemplateInput = { name: 'Thanks', reason: 'thread-reply', language: 'en', body: 'Hello {buyerName}, thank you for order {orderId}.' };

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('template store', () => {
  it('saves every edit as a new version and keeps the old ones', async () => {
    const first = await saveTemplate({ input, confirmed: false, author: 'Mia' });
    if (!('saved' in first)) throw new Error('refused');
    const edited = await saveTemplate({ id: first.saved.id, input: { ...input, body: 'Hi {buyerName}, order {orderId}.' }, confirmed: false, author: 'Leo' });
    if (!('saved' in edited)) throw new Error('refused');
    expect(edited.saved.version).toBe(2);
    expect(edited.saved.createdAt).toBe(first.saved.createdAt);
    const history = await templateHistory(first.saved.id);
    expect(history.map((v) => [v.version, v.author, v.body])).toEqual([
      [2, 'Leo', 'Hi {buyerName}, order {orderId}.'],
      [1, 'Mia', input.body],
    ]);
    expect((await listTemplates()).map((t) => t.version)).toEqual([2]);
  });

  it('refuses a body with an email address and writes nothing', async () => {
    const outcome = await saveTemplate({ input: { ...input, body: 'Write to anna@example.com' }, confirmed: true, author: 'Mia' });
    expect('refused' in outcome && outcome.refused.findings.map((f) => f.ruleId)).toContain('email.address');
    expect(await db.templates.count()).toBe(0);
  });

  it('refuses a misspelt placeholder, naming it', async () => {
    const outcome = await saveTemplate({ input: { ...input, body: 'Hello {buyername}' }, confirmed: true, author: 'Mia' });
    expect('refused' in outcome && outcome.refused.placeholders).toEqual([expect.objectContaining({ name: 'buyername', suggestion: 'buyerName' })]);
  });

  it('saves warn-level findings only once confirmed', async () => {
    const body = 'Hello {buyerName}, BUY NOW!!! HUGE SALE TODAY!!!';
    expect('refused' in (await saveTemplate({ input: { ...input, body }, confirmed: false, author: 'Mia' }))).toBe(true);
    expect('saved' in (await saveTemplate({ input: { ...input, body }, confirmed: true, author: 'Mia' }))).toBe(true);
  });

  it('archiving hides a template but keeps its versions', async () => {
    const first = await saveTemplate({ input, confirmed: false, author: 'Mia' });
    if (!('saved' in first)) throw new Error('refused');
    await archiveTemplate(first.saved.id, 'Mia');
    expect(await listTemplates()).toEqual([]);
    expect(await templateHistory(first.saved.id)).toHaveLength(2);
  });

  it('seeds the starter set once, and never again after the team removed one', async () => {
    expect(await seedStarterTemplates()).toBeGreaterThanOrEqual(24);
    const [one] = await listTemplates();
    await archiveTemplate(one!.id, 'Mia');
    expect(await seedStarterTemplates()).toBe(0);
    expect((await listTemplates()).some((t) => t.id === one!.id)).toBe(false);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { caseStatusOf, readCaseListRows } from '../../../../entrypoints/sellercentral.content/readers/case-list';
import { isMarkedNoResponse } from '../../../../entrypoints/sellercentral.content/readers/no-response-mark';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS } from '../../../fixtures/site';

afterAll(closeFixtures);

const threadOf = (caseId: string) => `https://sellercentral.amazon.com/messaging/inbox?fi=ALL&cc=${caseId}`;

describe('readCaseListRows', () => {
  it('reads every row of the US inbox: the case it opens, its time as shown and its status', async () => {
    const rows = readCaseListRows(await loadFixture(FIXTURE_URLS.inboxUs));
    expect(rows).toHaveLength(8);
    const byId = new Map(rows.map((row) => [row.caseId, row]));
    expect(byId.get('7c1e5a2b-3f4d-4c8e-9a6b-1d2e3f4a5b6c')).toMatchObject({ time: 'Dec 10, 2025 9:06 AM', status: 'responseNeeded' });
    expect(byId.get('5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b')?.status).toBe('answered');
    expect(byId.get('c10c0004-0000-4000-8000-000000000004')?.status).toBe('answered');
    expect(byId.get('c10c0005-0000-4000-8000-000000000005')?.status).toBe('noResponseNeeded');
    for (const row of rows) expect(row.time).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M$/);
  });

  it.each([
    ['Response needed', 'responseNeeded'],
    ['Antwort erforderlich', 'responseNeeded'],
    ['需要回复', 'responseNeeded'],
    ['Keine Antwort erforderlich', 'noResponseNeeded'],
    ['No response needed', 'noResponseNeeded'],
    ['Beantwortet', 'answered'],
    ['Response needed soon?', null],
    ['', null],
  ])('status %j means %s', (text, expected) => expect(caseStatusOf(text)).toBe(expected));

  it('finds no rows on an order page', async () => {
    expect(readCaseListRows(await loadFixture(FIXTURE_URLS.orderUs))).toEqual([]);
  });
});

describe('isMarkedNoResponse', () => {
  it('is true on a thread marked "No response needed" and false on one waiting for an answer', async () => {
    expect(isMarkedNoResponse((await loadFixture(threadOf('c10c0005-0000-4000-8000-000000000005'))).body)).toBe(true);
    expect(isMarkedNoResponse((await loadFixture(threadOf('c10c0001-0000-4000-8000-000000000001'))).body)).toBe(false);
  });

  it('never takes a buyer message saying so for the mark', async () => {
    const doc = await loadFixture(threadOf('c10c0001-0000-4000-8000-000000000001'));
    doc.querySelector('.message-body-text')!.textContent = 'Marked as No Response Needed.';
    expect(isMarkedNoResponse(doc.body)).toBe(false);
  });
});

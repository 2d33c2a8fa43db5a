import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { handle } from '../../../../entrypoints/background/handle';
import { DueList } from '../../../../entrypoints/options/team-review/due-list';
import type { TeamWatchlistEntry } from '../../../../rules/team/watchlist-protocol';
import { removeAllListeners } from '../../../../utils/messaging';
import { leadError } from '../../../../entrypoints/background/team/team-lead-request';
import { teamReviewActionSchema, type TeamReviewAction, type TeamReviewOutcome } from '../../../../utils/team-lead-protocol';

const ENTRY = {
  id: 'entry-0001',
  seq: 3,
  status: 'active',
  buyerNames: ['Jo Fraud'],
  proxyEmails: [],
  orderIds: [],
  reason: 'false-claim',
  severity: 'high',
  notes: '',
  evidence: [],
  addedBy: 'Bo Agent',
  addedAt: '2026-09-01T10:00:00.000Z',
  reviewedAt: null,
  reviewDue: '2026-12-01T10:00:00.000Z',
  cleared: null,
  history: [],
  updatedAt: '2026-09-01T10:00:00.000Z',
  fieldVersions: {},
  openConflicts: 0,
} satisfies TeamWatchlistEntry;

let root: HTMLElement;
let answer: (action: TeamReviewAction) => TeamReviewOutcome;
const sent: TeamReviewAction[] = [];

beforeEach(() => {
  removeAllListeners();
  sent.length = 0;
  handle('teamDue', z.object({}).passthrough(), async () => ({ canEdit: true, entries: [ENTRY], hasMore: false }));
  handle('teamReview', teamReviewActionSchema, async (action) => {
    sent.push(action);
    return answer(action);
  });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => act(() => render(null, root)));

const field = (label: string) => [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text);

async function clearWithReason(why: string): Promise<void> {
  await act(async () => render(<DueList />, root));
  await vi.waitFor(() => expect(root.querySelector('li.team-due-entry')).not.toBeNull());
  const input = field('Why Jo Fraud is cleared');
  await act(async () => {
    input.value = why;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => button('Clear from the list')!.click());
}

describe('Due for review while the team server is away', () => {
  it('says the clearing waits on this computer, and offers no second action on the entry', async () => {
    answer = () => ({ changeId: 'lead-1', status: 'queued', behind: false });
    await clearWithReason('refund settled');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="team-due-waiting"]')).not.toBeNull());
    expect(sent).toEqual([{ op: 'clear', entryId: 'entry-0001', why: 'refund settled' }]);
    const status = [...root.querySelectorAll('[role="status"]')].map((p) => p.textContent);
    expect(status).toContain('Jo Fraud: clearing saved on this computer. The team server is not answering; it is sent as soon as it does.');
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(button('Clear from the list')).toBeUndefined();
  });

  it('keeps what the lead typed when the server refuses the action', async () => {
    answer = () => {
      throw leadError('bad-request', 'why: say why the buyer was cleared');
    };
    await clearWithReason('refund settled');
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('say why the buyer was cleared'));
    expect(field('Why Jo Fraud is cleared').value).toBe('refund settled');
    expect(button('Clear from the list')).toBeDefined();
  });
});

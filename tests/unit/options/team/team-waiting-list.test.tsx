import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../../../entrypoints/background/handle';
import { TeamSyncStatusView } from '../../../../entrypoints/options/team/team-sync-status';
import { settledBetween } from '../../../../entrypoints/options/team/waiting-list-state';
import type { RejectedTeamChange } from '../../../../storage/team/team-outbox-schema';
import { emptySchema } from '../../../../utils/protocol';
import { removeAllListeners } from '../../../../utils/messaging';
import type { TeamSyncStatus } from '../../../../utils/team-push-protocol';
import type { TeamWaitingList as WaitingList, WaitingTeamChange } from '../../../../utils/team-waiting-protocol';

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();

const REVIEW: WaitingTeamChange = { seq: 1, op: 'review', entryId: 'ent-1', buyer: 'Jo Fraud', queuedAt: ago(5), note: '' };
const CLEAR: WaitingTeamChange = { seq: 2, op: 'clear', entryId: 'ent-2', buyer: 'Ana Lima', queuedAt: ago(3), note: 'claim withdrawn' };
const EDIT: WaitingTeamChange = { seq: 3, op: 'edit', entryId: 'ent-1', buyer: 'Jo Fraud', queuedAt: ago(1), fields: ['notes', 'severity'] };
const refusal = (change: WaitingTeamChange, at = ago(0)): RejectedTeamChange => ({ entryId: change.entryId, op: change.op, code: 'server', message: 'why: say why', at });
const listOf = (waiting: WaitingTeamChange[], rejected: RejectedTeamChange[] = [], total = waiting.length): WaitingList => ({ waiting, total, rejected });

describe('what left the waiting list between two reads', () => {
  const OLD_REFUSAL = refusal(CLEAR, ago(60));
  it.each([
    ['nothing before: nothing to announce', null, listOf([]), []],
    ['still listed: nothing', listOf([REVIEW, CLEAR]), listOf([REVIEW, CLEAR]), []],
    ['gone without a refusal: sent', listOf([REVIEW, CLEAR]), listOf([CLEAR]), [[1, 'sent']]],
    ['gone with a new refusal of that entry and kind: refused', listOf([REVIEW, CLEAR]), listOf([], [refusal(CLEAR)]), [[1, 'sent'], [2, 'refused']]],
    ['a refusal seen before does not count again', listOf([CLEAR], [OLD_REFUSAL]), listOf([], [OLD_REFUSAL]), [[2, 'sent']]],
    ['beyond the listed part of a long list: not judged', listOf([REVIEW, CLEAR, EDIT], [], 9), listOf([REVIEW, CLEAR], [], 8), []],
  ] as const)('%s', (_name, before, after, expected) => {
    expect(settledBetween(before, after).map((s) => [s.change.seq, s.outcome])).toEqual(expected);
  });
});

describe('Options → Team workspace: changes waiting for the team server', () => {
  let root: HTMLElement;
  let answer: WaitingList | null;
  const status = ({ waiting, total, rejected }: WaitingList): TeamSyncStatus => ({
    outbox: { waiting, total },
    rejected,
    auditWaiting: 0,
    attestWaiting: 0,
    conflicts: 0,
    lastSyncAt: null,
    online: true,
  });

  beforeEach(() => {
    removeAllListeners();
    handle('teamSyncStatus', emptySchema, async () => answer && status(answer));
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });
  afterEach(() => act(() => render(null, root)));

  const items = () => [...root.querySelectorAll('[data-testid="team-waiting-list"] li')].map((li) => li.textContent);
  const announced = () => [...root.querySelectorAll('[data-testid="team-waiting-settled"] p')].map((li) => li.textContent);

  it('lists each waiting change with its kind, its buyer, what it does and since when, and says what becomes of a refused one', async () => {
    answer = listOf([REVIEW, CLEAR, EDIT], [], 4);
    await act(async () => render(<TeamSyncStatusView role="lead" refreshMs={30} />, root));
    await vi.waitFor(() => expect(items()).toHaveLength(3));
    expect(items()).toEqual([
      'Review: Jo Fraud saved 5 minutes ago',
      'Clear from the list: Ana Lima, because: claim withdrawn saved 3 minutes ago',
      'Edit: Jo Fraud, changes notes and severity saved 1 minute ago',
    ]);
    expect(root.querySelector('ol')?.getAttribute('aria-label')).toBe('Waiting for the team server');
    expect(root.textContent).toContain('and 1 more change after these');
    expect(root.querySelector('[data-testid="team-waiting"]')?.getAttribute('data-waiting')).toBe('4');
    expect(root.textContent).toContain('If it refuses one, that change is not sent again');
    expect(root.querySelector('[data-testid="team-waiting-settled"]')?.getAttribute('role')).toBe('status');
  });

  it('announces, as it happens, which change was sent and which the server refused, and drops them from the list', async () => {
    answer = listOf([REVIEW, CLEAR]);
    await act(async () => render(<TeamSyncStatusView role="lead" refreshMs={30} />, root));
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    expect(announced()).toEqual([]);
    answer = listOf([], [refusal(CLEAR)]);
    await vi.waitFor(() => expect(announced()).toHaveLength(2));
    expect(announced()).toEqual([
      'Sent to the team server: Review: Jo Fraud',
      'Not accepted by the team server: Clear from the list: Ana Lima, because: claim withdrawn. The reason is under “Changes the team did not accept”.',
    ]);
    expect(items()).toEqual([]);
    expect(root.querySelector('[data-testid="team-waiting-list"]')).toBeNull();
  });

  it('shows nothing when not joined', async () => {
    answer = null;
    await act(async () => render(<TeamSyncStatusView role="lead" refreshMs={30} />, root));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root.childNodes.length).toBe(0);
  });
});

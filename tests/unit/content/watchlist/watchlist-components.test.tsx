import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WatchlistAddForm, type AddSaveResult } from '../../../../entrypoints/sellercentral.content/watchlist/add-form';
import { WatchlistBadge } from '../../../../entrypoints/sellercentral.content/watchlist/order-row-mark';
import { WatchlistBanner } from '../../../../entrypoints/sellercentral.content/watchlist/buyer-banner-view';
import { watchlistProcedure } from '../../../../utils/watchlist-warning-text';

const POSSIBLE_MATCH_WARNING = 'Possible match by name only — check the buyer email/order before acting';
import type { WatchlistAddInput } from '../../../../storage/watchlist/watchlist-schema';
import { hit } from '../../utils/watchlist-hits';
import { scriptClicks, trustedClick } from '../trusted-click';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

const field = (name: string) => root.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!;
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('the watchlist banner', () => {
  it('is an alert for a strong match naming reason, severity, since, orders, notes and the procedure', () => {
    render(<WatchlistBanner hits={[hit()]} />, root);
    const banner = root.querySelector('section')!;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.dataset.strength).toBe('strong');
    const value = (name: string) => banner.querySelector(`[data-field="${name}"]`)!.textContent;
    expect(value('buyer')).toBe('Jordan Ellis');
    expect(value('reason')).toBe('False not-received or A-to-z claims');
    expect(value('severity')).toBe('High');
    expect(value('since')).toBe('Listed since 5 Dec 2025 by Mia');
    expect(value('orders')).toBe('2 linked orders');
    act(() => trustedClick(button('Show notes')));
    expect(value('notes')).toBe('A-to-z claim after signed delivery');
    expect([...banner.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(watchlistProcedure());
    expect(banner.textContent).toContain('signature confirmation');
  });

  it('is a status that asks to check first for a name-only match', () => {
    render(<WatchlistBanner hits={[hit({ strength: 'possible', matchedBy: ['name'] })]} />, root);
    const banner = root.querySelector('section')!;
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.dataset.strength).toBe('possible');
    expect(banner.textContent).toContain(POSSIBLE_MATCH_WARNING);
  });

  it('stays an alert when a strong and a possible match are both shown, strong first', () => {
    render(<WatchlistBanner hits={[hit(), hit({ entryId: 'e2', strength: 'possible', matchedBy: ['name'] })]} />, root);
    expect(root.querySelector('section')!.getAttribute('role')).toBe('alert');
    expect([...root.querySelectorAll<HTMLElement>('.sg-wl-hit')].map((h) => h.dataset.strength)).toEqual(['strong', 'possible']);
  });

  it('flags an entry overdue for review', () => {
    render(<WatchlistBanner hits={[hit({ overdue: true })]} />, root);
    expect(root.querySelector('[data-field="review"]')!.textContent).toContain('Overdue since 5 Mar 2026');
  });

  it('renders nothing without a match', () => {
    render(<WatchlistBanner hits={[]} />, root);
    expect(root.childNodes).toHaveLength(0);
  });

  it('shows buyer names and notes as text, never as markup', () => {
    const markup = '<img src=x onerror=alert(1)>';
    render(<WatchlistBanner hits={[hit({ buyerName: markup, notes: markup })]} />, root);
    act(() => trustedClick(button('Show notes')));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-field="buyer"]')!.textContent).toBe(markup);
    expect(root.querySelector('[data-field="notes"]')!.textContent).toBe(markup);
  });

  it('puts the notes on the page only after the agent’s own click, never a page script’s', () => {
    render(<WatchlistBanner hits={[hit()]} />, root);
    const notes = () => root.querySelector('[data-field="notes"]')!.textContent;
    act(() => scriptClicks(button('Show notes')));
    expect(notes()).toBe('Show notes');
    expect(root.textContent).not.toContain('A-to-z claim after signed delivery');
    act(() => trustedClick(button('Show notes')));
    expect(notes()).toBe('A-to-z claim after signed delivery');
  });

  it('says there are no notes without a button when there are none', () => {
    render(<WatchlistBanner hits={[hit({ notes: '' })]} />, root);
    expect(root.querySelector('[data-field="notes"]')!.textContent).toBe('No notes.');
  });
});

describe('the order list badge', () => {
  it.each([
    ['strong', hit(), 'Watchlist · High'],
    ['possible', hit({ strength: 'possible', matchedBy: ['name'] }), 'Watchlist? Name only'],
  ] as const)('looks %s and explains itself', (strength, input, text) => {
    render(<WatchlistBadge hits={[input]} />, root);
    const badge = root.querySelector<HTMLElement>('.sg-wl-badge')!;
    expect(badge.dataset.strength).toBe(strength);
    expect(badge.textContent).toContain(text);
    expect(badge.getAttribute('aria-label')).toContain('Jordan Ellis');
    expect(badge.title).toContain('Matched by');
  });
});

describe('the add-to-watchlist form', () => {
  const prefill = { buyerName: 'Jordan Ellis', proxyEmail: 'k3m9xq2vbw7hty4@marketplace.amazon.com', orderIds: ['112-4837261-5938217'] };
  const open = (onSave = vi.fn(async (_input: WatchlistAddInput): Promise<AddSaveResult> => ({ ok: true, message: 'Added Jordan Ellis to the watchlist.' }))) => {
    act(() => render(<WatchlistAddForm prefill={prefill} onSave={onSave} />, root));
    act(() => button('Add to watchlist').click());
    return onSave;
  };
  const type = (name: string, value: string) =>
    act(() => {
      field(name).value = value;
      field(name).dispatchEvent(new Event(name === 'reason' || name === 'severity' ? 'change' : 'input', { bubbles: true }));
    });
  const save = async () => {
    await act(async () => trustedClick(button('Save to watchlist')));
  };

  it('is prefilled from the page, and every field has a label', () => {
    open();
    expect(field('buyerName').value).toBe('Jordan Ellis');
    expect(field('proxyEmail').value).toBe('k3m9xq2vbw7hty4@marketplace.amazon.com');
    expect(field('orderIds').value).toBe('112-4837261-5938217');
    for (const control of root.querySelectorAll('input, select, textarea')) {
      expect(control.closest('label')?.textContent?.trim()).not.toBe('');
    }
  });

  it('follows the page for fields the agent has not touched', () => {
    open();
    type('buyerName', 'J. Ellis');
    act(() => render(<WatchlistAddForm prefill={{ ...prefill, proxyEmail: 'zz9@marketplace.amazon.com', buyerName: 'Other' }} onSave={vi.fn()} />, root));
    expect(field('proxyEmail').value).toBe('zz9@marketplace.amazon.com');
    expect(field('buyerName').value).toBe('J. Ellis');
  });

  it.each([
    ['no reason', {}, 'reason', 'Choose a reason'],
    ['"Other" without a note', { reason: 'other' }, 'notes', 'required when the reason is "Other"'],
    ['a malformed order id', { reason: 'order-cancel', orderIds: '112-48' }, 'orderIds', 'Order id "112-48"'],
    ['neither email nor order id', { reason: 'order-cancel', orderIds: '', proxyEmail: '' }, 'proxyEmail', 'buyer email or at least one order id'],
  ])('refuses %s, naming the field, without saving', async (_, values, invalid, message) => {
    const onSave = open();
    for (const [name, value] of Object.entries(values)) type(name, value);
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(message);
    expect(field(invalid).getAttribute('aria-invalid')).toBe('true');
  });

  it('saves nothing when a page script fills the form and clicks or submits it', async () => {
    const onSave = open();
    type('reason', 'review-extortion');
    type('notes', 'planted by the page');
    await act(async () => scriptClicks(button('Save to watchlist')));
    expect(onSave).not.toHaveBeenCalled();
    expect(root.querySelector('form')).not.toBeNull();
  });

  it('saves in one click with reason, severity and note, then says so', async () => {
    const onSave = open();
    type('reason', 'review-extortion');
    type('severity', 'high');
    type('notes', 'Asked for a refund in exchange for a 5-star review');
    await save();
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        buyerName: 'Jordan Ellis',
        proxyEmail: 'k3m9xq2vbw7hty4@marketplace.amazon.com',
        orderIds: ['112-4837261-5938217'],
        reason: 'review-extortion',
        severity: 'high',
        notes: 'Asked for a refund in exchange for a 5-star review',
      }),
    );
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Added Jordan Ellis to the watchlist.');
    expect(root.querySelector('form')).toBeNull();
  });

  it('keeps what was typed and shows the reason when saving fails', async () => {
    open(vi.fn(async () => ({ ok: false as const, message: 'The disk is full.' })));
    type('reason', 'order-cancel');
    type('notes', 'Third cancel this month');
    await save();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Not saved: The disk is full.');
    expect(field('notes').value).toBe('Third cancel this month');
  });
});

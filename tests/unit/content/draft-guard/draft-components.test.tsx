import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFindingView } from '../../../../entrypoints/sellercentral.content/draft-guard/finding-list';
import { DraftOverrideDialog } from '../../../../entrypoints/sellercentral.content/draft-guard/override-dialog';
import { DraftPanel } from '../../../../entrypoints/sellercentral.content/draft-guard/draft-panel';
import { scriptClicks, trustedClick } from '../trusted-click';

const view = (severity: DraftFindingView['severity'], excerpt: string): DraftFindingView => ({
  key: `${severity}:${excerpt}`,
  ruleId: severity === 'block' ? 'email.address' : 'marketing.coupon',
  category: severity === 'block' ? 'email' : 'marketing',
  severity,
  excerpt,
  message: `Found "${excerpt}". Buyers must be contacted through Amazon only.`,
  advice: 'Let the buyer reply here in Buyer-Seller Messaging.',
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

describe('the findings panel', () => {
  it('is an alert when Send will be stopped and lists category, words, why and what instead', () => {
    render(<DraftPanel findings={[view('block', 'shop@example.com'), view('warn', '10% off')]} length={120} limit={4000} />, root);
    const panel = root.querySelector('section')!;

    expect(panel.getAttribute('role')).toBe('alert');
    const first = panel.querySelector('li')!;
    expect(first.textContent).toContain('Email address');
    expect(first.querySelector('q')!.textContent).toBe('shop@example.com');
    expect(first.textContent).toContain('Buyers must be contacted through Amazon only.');
    expect(first.textContent).toContain('Instead: Let the buyer reply here');
    expect(panel.querySelector('.sg-draft-counter')!.textContent).toBe('120 / 4,000 characters');
  });

  it('is a status with only warnings, and says when the draft is over the limit', () => {
    render(<DraftPanel findings={[view('warn', 'newsletter')]} length={4100} limit={4000} />, root);
    expect(root.querySelector('section')!.getAttribute('role')).toBe('status');
    expect(root.querySelector('.sg-draft-counter')!.textContent).toContain('100 over the limit');
  });

  it('shows buyer-controlled words as text, never as markup', () => {
    render(<DraftPanel findings={[view('block', '<img src=x onerror=alert(1)>')]} length={30} limit={4000} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('q')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the stopped-Send dialog', () => {
  const open = (onSendAnyway = vi.fn(async (_reason: string): Promise<string | null> => null)) => {
    const onBack = vi.fn();
    act(() => render(<DraftOverrideDialog findings={[view('block', 'shop@example.com')]} onBack={onBack} onSendAnyway={onSendAnyway} />, root));
    const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    const buttons = () => [...dialog.querySelectorAll('button')];
    const sendAnyway = () => buttons().find((button) => button.textContent === 'Send anyway')!;
    return { dialog, onBack, onSendAnyway, buttons, sendAnyway, reason: dialog.querySelector('textarea')! };
  };
  const type = (field: HTMLTextAreaElement, text: string) =>
    act(() => {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });

  it('is a modal alertdialog that lists the findings that stopped Send and starts on "Go back and edit"', () => {
    const { dialog } = open();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('shop@example.com');
    expect(document.activeElement?.textContent).toBe('Go back and edit');
  });

  it('lists the blocking findings in full and only counts the warnings', () => {
    act(() =>
      render(
        <DraftOverrideDialog
          findings={[view('block', 'shop@example.com'), view('warn', '10% off'), view('warn', 'newsletter')]}
          onBack={() => undefined}
          onSendAnyway={async () => null}
        />,
        root,
      ),
    );
    expect([...root.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['shop@example.com']);
    expect(root.querySelector('.sg-dialog-note')!.textContent).toContain('2 warnings');
  });

  it('goes back on Escape and on "Go back and edit"', () => {
    const { dialog, onBack, buttons } = open();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    buttons()[0]!.click();
    expect(onBack).toHaveBeenCalledTimes(2);
  });

  it('allows "Send anyway" only with a reason, and passes the reason on', async () => {
    const { reason, sendAnyway, onSendAnyway } = open();
    expect(sendAnyway().disabled).toBe(true);
    type(reason, '   ');
    expect(sendAnyway().disabled).toBe(true);

    type(reason, '  Buyer asked for the manual link  ');
    expect(sendAnyway().disabled).toBe(false);
    await act(async () => scriptClicks(sendAnyway()));
    expect(onSendAnyway, 'a page script’s click').not.toHaveBeenCalled();
    await act(async () => trustedClick(sendAnyway()));

    expect(onSendAnyway).toHaveBeenCalledWith('Buyer asked for the manual link');
  });

  it('shows why the override could not be recorded and stays open', async () => {
    const { reason, sendAnyway, dialog } = open(vi.fn(async () => 'Could not record the reason, so nothing was sent: disk full'));
    type(reason, 'Needed');
    await act(async () => trustedClick(sendAnyway()));
    expect(dialog.querySelector('[role="alert"]')!.textContent).toContain('nothing was sent');
  });

  it('keeps focus inside: Tab from the last control wraps to the first, Shift+Tab back', () => {
    const { dialog, reason } = open();
    type(reason, 'Needed');
    const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not(:disabled), textarea')];
    focusable.at(-1)!.focus();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(focusable[0]);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(focusable.at(-1));
  });
});

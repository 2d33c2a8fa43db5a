import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFindingView } from '../../../../entrypoints/sellercentral.content/draft-guard/finding-list';
import { DraftOverrideDialog } from '../../../../entrypoints/sellercentral.content/draft-guard/override-dialog';
import { DraftPanel } from '../../../../entrypoints/sellercentral.content/draft-guard/draft-panel';
import { setLanguage } from '../../../../locales/current';

const view = (severity: DraftFindingView['severity'], excerpt: string): DraftFindingView => ({
  key: `${severity}:${excerpt}`,
  ruleId: severity === 'block' ? 'email.address' : 'marketing.coupon',
  category: severity === 'block' ? 'email' : 'marketing',
  severity,
  excerpt,
  messageKey: severity === 'block' ? 'draft.finding.email.address' : 'draft.finding.marketing.newsletter',
  params: { quote: `"${excerpt}"` },
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
    expect(first.textContent).toContain('Amazon forbids sharing email addresses in buyer messages');
    expect(first.textContent).toContain('Instead: Remove the email address.');
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
    await act(async () => sendAnyway().click());

    expect(onSendAnyway).toHaveBeenCalledWith('Buyer asked for the manual link');
  });

  it('shows why the override could not be recorded and stays open', async () => {
    const { reason, sendAnyway, dialog } = open(vi.fn(async () => 'Could not record the reason, so nothing was sent: disk full'));
    type(reason, 'Needed');
    await act(async () => sendAnyway().click());
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

describe('the findings panel in the agent’s language', () => {
  afterEach(() => setLanguage('en'));

  it.each([
    ['de', 'Senden wird angehalten: 1 Verstoß', 'E-Mail-Adresse', 'Besser: Entfernen Sie die E-Mail-Adresse.', '120 / 4.000 Zeichen'],
    ['zh-CN', '发送将被拦截：有 1 处', '电子邮件地址', '建议：请删除电子邮件地址。', '120 / 4,000 个字符'],
  ] as const)('speaks %s', (language, summary, category, advice, counter) => {
    setLanguage(language);
    render(<DraftPanel findings={[view('block', 'shop@example.com')]} length={120} limit={4000} />, root);
    const panel = root.querySelector('section')!;
    expect(panel.textContent).toContain(summary);
    expect(panel.querySelector('li strong')!.textContent).toBe(category);
    expect(panel.textContent).toContain(advice);
    expect(panel.querySelector('.sg-draft-counter')!.textContent).toBe(counter);
    expect(panel.textContent).not.toContain('Send will be stopped');
  });
});

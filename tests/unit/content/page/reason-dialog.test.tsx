import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftOverrideDialog } from '../../../../entrypoints/sellercentral.content/draft-guard/override-dialog';
import { TemplatesOnlyDialog } from '../../../../entrypoints/sellercentral.content/templates/hold-dialog';
import { setLanguage } from '../../../../locales/current';
import { trustedClick } from '../trusted-click';

let root: HTMLElement;
beforeEach(() => {
  setLanguage('en');
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => act(() => render(null, root)));

type Props = { onBack(): void; onSendAnyway(reason: string): Promise<string | null> };
const DIALOGS: [string, (props: Props) => preact.JSX.Element, string, string][] = [
  ['the draft guard’s stopped Send', (props) => <DraftOverrideDialog findings={[]} {...props} />, 'Go back and edit', 'Send anyway'],
  ['templates only, a listed buyer', (props) => <TemplatesOnlyDialog {...props} />, 'Go back and edit', 'Send anyway'],
];

/** The text of the element(s) an `aria-labelledby` / `aria-describedby` / `for` points at. */
const textOf = (ids: string) => ids.split(' ').map((id) => root.querySelector(`#${id}`)?.textContent ?? '').join(' ');

describe.each(DIALOGS)('the reason dialog: %s', (_name, dialog, back, send) => {
  const open = (onSendAnyway = vi.fn(async (_reason: string): Promise<string | null> => null)) => {
    const onBack = vi.fn();
    act(() => render(dialog({ onBack, onSendAnyway }), root));
    const box = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    const reason = box.querySelector('textarea')!;
    const sendButton = [...box.querySelectorAll('button')].find((b) => b.textContent === send)!;
    return { box, reason, sendButton, onBack, onSendAnyway };
  };

  it('is a named, described modal alertdialog whose reason field is labelled, starting on the safe choice', () => {
    const { box, reason } = open();
    expect(box.getAttribute('aria-modal')).toBe('true');
    expect(textOf(box.getAttribute('aria-labelledby')!)).not.toBe('');
    expect(textOf(box.getAttribute('aria-describedby')!)).not.toBe('');
    expect(root.querySelector(`label[for="${reason.id}"]`)!.textContent).not.toBe('');
    expect(document.activeElement?.textContent).toBe(back);
  });

  it('goes back on Escape', () => {
    const { box, onBack } = open();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('keeps Tab inside the dialog', () => {
    const { box } = open();
    const last = [...box.querySelectorAll<HTMLElement>('button:not(:disabled), textarea')].at(-1)!;
    last.focus();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(box.contains(document.activeElement)).toBe(true);
  });

  it('sends with the trimmed reason and shows a refusal as an alert', async () => {
    const { reason, sendButton, onSendAnyway } = open(vi.fn(async () => 'The audit log refused it.'));
    act(() => {
      reason.value = '  buyer asked  ';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => trustedClick(sendButton));
    expect(onSendAnyway).toHaveBeenCalledWith('buyer asked');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('The audit log refused it.');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFinding } from '../../../../rules/draft/draft-engine';
import type { DraftTracker } from '../../../../entrypoints/sellercentral.content/draft-guard/draft-tracker';
import { guardSend } from '../../../../entrypoints/sellercentral.content/draft-guard/send-guard';
import { mount, shadowHost } from './dom';

const block: DraftFinding = { ruleId: 'email.address', category: 'email', severity: 'block', start: 8, end: 24, message: 'An email address', messageKey: 'draft.finding.email.address', params: { quote: '"a@b.co"' } };
const warn: DraftFinding = { ruleId: 'marketing.coupon', category: 'marketing', severity: 'warn', start: 0, end: 6, message: 'A coupon', messageKey: 'draft.finding.marketing.promo-code', params: { quote: '"SAVE10"' } };

function fakeTracker(field: HTMLElement, host: Element, findings: DraftFinding[]): DraftTracker {
  return {
    box: { field, host, kind: 'textarea' },
    lastActive: 1,
    overriddenText: null,
    checkNow: () => ({ text: (field as HTMLTextAreaElement).value, findings }),
    views: () => [],
    refresh: () => undefined,
    dispose: () => undefined,
  };
}

describe('the guarded Send', () => {
  let controller: AbortController;
  let pageSends: number;
  let stopped: Array<{ resend: () => void }>;
  let katSend: HTMLElement;
  let innerSend: HTMLButtonElement;
  let field: HTMLTextAreaElement;
  let katTextarea: HTMLElement;

  const guard = (findings: DraftFinding[]) => {
    const tracker = fakeTracker(field, katTextarea, findings);
    guardSend(window, controller.signal, {
      trackers: () => [tracker],
      onStopped: (_tracker, _check, resend) => stopped.push({ resend }),
    });
    return tracker;
  };

  beforeEach(() => {
    controller = new AbortController();
    pageSends = 0;
    stopped = [];
    const form = mount('<div class="contact-buyer-text-area"></div><div class="actions"></div>');
    katTextarea = shadowHost('kat-textarea', '<textarea></textarea>');
    form.querySelector('.contact-buyer-text-area')!.append(katTextarea);
    field = katTextarea.shadowRoot!.querySelector('textarea')!;
    field.value = 'Mail me shop@example.com';
    katSend = shadowHost('kat-button', '<button class="button"><slot><span>Send</span></slot></button>', { label: 'Send' });
    katSend.classList.add('ayb-contact-form-send-button');
    form.querySelector('.actions')!.append(katSend);
    innerSend = katSend.shadowRoot!.querySelector('button')!;
    // The page's own send handler, as Seller Central wires it on the kat-button.
    katSend.addEventListener('click', () => (pageSends += 1));
  });
  afterEach(() => controller.abort());

  it('stops a Send whose draft has a block finding before the page sees the click', () => {
    guard([block]);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    innerSend.dispatchEvent(click);
    expect(pageSends).toBe(0);
    expect(click.defaultPrevented).toBe(true);
    expect(stopped).toHaveLength(1);
  });

  it.each([
    ['only warnings', [warn]],
    ['no findings', []],
  ])('leaves Send untouched with %s', (_name, findings) => {
    guard(findings);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    innerSend.dispatchEvent(click);
    expect(pageSends).toBe(1);
    expect(click.defaultPrevented).toBe(false);
    expect(stopped).toEqual([]);
  });

  it('replays the stopped click once on the same inner button after "Send anyway", then guards again', () => {
    guard([block]);
    innerSend.click();
    stopped[0]!.resend();
    expect(pageSends).toBe(1);
    innerSend.click();
    expect(pageSends).toBe(1);
    expect(stopped).toHaveLength(2);
  });

  it('lets the "Review message" confirmation through for the exact draft the agent overrode', () => {
    const tracker = guard([block]);
    tracker.overriddenText = field.value;
    const review = mount('<div role="dialog"><button id="confirm">Send</button></div>').querySelector('#confirm')!;
    let confirmed = 0;
    review.addEventListener('click', () => (confirmed += 1));
    (review as HTMLElement).click();
    expect(confirmed).toBe(1);
  });

  it('stops Enter in a field that sends on Enter, but never a plain new line', () => {
    guard([block]);
    const keydowns: string[] = [];
    field.addEventListener('keydown', (event) => keydowns.push(event.key));
    const enter = () => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));

    enter();
    expect(keydowns).toEqual(['Enter']);

    field.setAttribute('enterkeyhint', 'send');
    enter();
    expect(keydowns).toEqual(['Enter']);
    expect(stopped).toHaveLength(1);
    stopped[0]!.resend();
    expect(keydowns).toEqual(['Enter', 'Enter']);
  });

  it('stops Enter on a Send drawn as role="button" and replays it once after "Send anyway"', () => {
    guard([block]);
    const drawn = document.createElement('div');
    drawn.setAttribute('role', 'button');
    drawn.setAttribute('tabindex', '0');
    drawn.textContent = 'Send';
    katSend.parentElement!.append(drawn);
    const keys: string[] = [];
    drawn.addEventListener('keydown', (event) => keys.push(event.key));

    drawn.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    expect(keys).toEqual([]);
    expect(stopped).toHaveLength(1);
    stopped[0]!.resend();
    expect(keys).toEqual(['Enter']);
  });

  it('stops a form submit carrying a blocked draft', () => {
    const form = document.createElement('form');
    const plain = document.createElement('textarea');
    plain.value = 'Mail me shop@example.com';
    form.append(plain);
    document.body.append(form);
    const tracker = fakeTracker(plain, plain, [block]);
    guardSend(window, controller.signal, { trackers: () => [tracker], onStopped: (_t, _c, resend) => stopped.push({ resend }) });
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submitted);

    form.requestSubmit();

    expect(submitted).not.toHaveBeenCalled();
    expect(stopped).toHaveLength(1);
  });

  it('removes every listener when the page session ends', () => {
    guard([block]);
    controller.abort();
    innerSend.click();
    expect(pageSends).toBe(1);
  });
});

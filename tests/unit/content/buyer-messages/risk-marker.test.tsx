import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardLinks } from '../../../../entrypoints/sellercentral.content/buyer-messages/link-guard';
import { RiskMarker } from '../../../../entrypoints/sellercentral.content/buyer-messages/risk-marker';
import { assessBuyerMessage } from '../../../../rules/buyer/buyer-risk';
import { trustedClick } from '../trusted-click';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

const buyer = { buyerName: 'Jordan Ellis', proxyEmail: 'k3m9xq2vbw7hty4@marketplace.amazon.com', orderIds: ['112-4837261-5938217'] };

describe('the risk marker', () => {
  it('says what was found and why, as an alert', () => {
    const findings = assessBuyerMessage('Please sign in at https://sellercentral.amazon.com.example.net/login');
    act(() => render(<RiskMarker findings={findings} buyer={buyer} pending={null} onOpen={vi.fn()} onCancel={vi.fn()} />, root));
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Fake Amazon link');
    expect(alert.textContent).toContain('the site is example.net, not Amazon');
    expect(root.textContent).not.toContain('Add to watchlist');
  });

  it('offers Add to watchlist on a review threat, with the reason review-extortion prefilled', () => {
    const findings = assessBuyerMessage('Refund me today or I leave a 1-star review.');
    act(() => render(<RiskMarker findings={findings} buyer={buyer} pending={null} onOpen={vi.fn()} onCancel={vi.fn()} />, root));
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Add to watchlist')!;
    act(() => add.click());
    expect(root.querySelector<HTMLSelectElement>('select[name="reason"]')!.value).toBe('review-extortion');
    expect(root.querySelector<HTMLInputElement>('input[name="buyerName"]')!.value).toBe('Jordan Ellis');
  });

  it('shows a flagged link decoded and raw, with Cancel and Open anyway', () => {
    const onOpen = vi.fn();
    const onCancel = vi.fn();
    const [finding] = assessBuyerMessage('See http://xn--mazon-3ve.com/x');
    const pending = { href: 'http://xn--mazon-3ve.com/x', verdict: finding!.link!, state: 'asking' as const };
    act(() => render(<RiskMarker findings={[finding!]} buyer={buyer} pending={pending} onOpen={onOpen} onCancel={onCancel} />, root));
    expect(root.textContent).toContain('It really goes to: аmazon.com');
    expect(root.textContent).toContain('As the browser reads it: xn--mazon-3ve.com');
    const buttons = [...root.querySelectorAll('button')];
    act(() => trustedClick(buttons.find((b) => b.textContent === 'Open anyway')!));
    act(() => trustedClick(buttons.find((b) => b.textContent === 'Cancel')!));
    expect([onOpen.mock.calls.length, onCancel.mock.calls.length]).toEqual([1, 1]);
  });
});

describe('the link guard', () => {
  const setup = () => {
    const controller = new AbortController();
    const message = document.createElement('div');
    for (const href of ['https://amazon-verify.support/x', 'https://www.amazon.com/dp/B000000000']) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = href;
      message.append(link);
    }
    root.append(message);
    const flagged = vi.fn();
    guardLinks((element) => (message.contains(element) ? message : null), flagged, controller.signal);
    return { controller, flagged, links: [...message.querySelectorAll('a')] };
  };

  it('cancels a trusted click on a flagged link and reports where it goes', () => {
    const { controller, flagged, links } = setup();
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    links[0]!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(flagged.mock.calls[0]?.[2]).toMatchObject({ kind: 'brand-inside', site: 'amazon-verify.support' });
    controller.abort();
  });

  it('leaves genuine Amazon links and page-script clicks alone', () => {
    const { controller, flagged, links } = setup();
    const genuine = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(genuine, 'isTrusted', { value: true });
    links[1]!.dispatchEvent(genuine);
    const scripted = new MouseEvent('click', { bubbles: true, cancelable: true });
    links[0]!.dispatchEvent(scripted);
    expect([genuine.defaultPrevented, flagged.mock.calls.length]).toEqual([false, 0]);
    controller.abort();
  });
});

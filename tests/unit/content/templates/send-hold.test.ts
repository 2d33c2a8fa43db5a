import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFinding } from '../../../../rules/draft/draft-engine';
import type { DraftTracker } from '../../../../entrypoints/sellercentral.content/draft-guard/draft-tracker';
import { guardSend } from '../../../../entrypoints/sellercentral.content/draft-guard/send-guard';
import type { BoxTemplates } from '../../../../entrypoints/sellercentral.content/templates/box-templates';
import { holdSends } from '../../../../entrypoints/sellercentral.content/templates/send-hold';
import { mount } from '../draft-guard/dom';

const block: DraftFinding = { ruleId: 'email.address', category: 'email', severity: 'block', start: 0, end: 5, message: 'An email address', messageKey: 'draft.finding.email.address', params: { quote: '"a@b.co"' } };

/** A reply form as a page that sends on Enter and on submit would draw it, with the draft guard and the templates hold on it. */
describe('the templates hold in the draft guard’s send decision', () => {
  let controller: AbortController;
  let form: HTMLFormElement;
  let field: HTMLTextAreaElement;
  let send: HTMLButtonElement;
  let pageSaw: string[];
  let findings: DraftFinding[];
  let listed: boolean;
  let state: BoxTemplates;
  let unfilledShown: number;
  let reasonAsked: Array<() => void>;
  let draftStopped: Array<() => void>;
  let sent: string[];

  beforeEach(() => {
    controller = new AbortController();
    form = mount('<form><textarea enterkeyhint="send"></textarea><button type="submit">Send</button></form>').querySelector('form')!;
    field = form.querySelector('textarea')!;
    send = form.querySelector('button')!;
    pageSaw = [];
    findings = [];
    listed = false;
    unfilledShown = 0;
    reasonAsked = [];
    draftStopped = [];
    sent = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      pageSaw.push('submit');
    });
    field.addEventListener('keydown', (event) => pageSaw.push(event.key));
    const box = { field, host: field, kind: 'textarea' as const };
    const tracker: DraftTracker = {
      box,
      lastActive: 1,
      overriddenText: null,
      checkNow: () => ({ text: field.value, findings }),
      views: () => [],
      refresh: () => undefined,
      dispose: () => undefined,
    };
    state = {
      box,
      lastActive: 1,
      inserted: { templateId: 't1', version: 2, text: 'Hello Anna, tracking 1Z999' },
      overriddenText: null,
      loggedText: null,
      showUnfilled: () => (unfilledShown += 1),
      rerender: () => undefined,
      dispose: () => undefined,
    };
    guardSend(window, controller.signal, { trackers: () => [tracker], onStopped: (_t, _c, resend) => draftStopped.push(resend) });
    holdSends(controller.signal, {
      boxes: () => [state],
      templatesOnly: () => listed,
      onTemplatesOnly: (_state, _text, resend) => reasonAsked.push(resend),
      onSent: (_state, text) => sent.push(text),
    });
  });
  afterEach(() => controller.abort());

  const enter = () => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
  const afterDispatch = () => new Promise((resolve) => setTimeout(resolve, 0));

  it.each([
    ['a Send click', () => send.click(), 'submit'],
    ['Enter in a field that sends on Enter', enter, 'Enter'],
    ['a form submission', () => form.requestSubmit(), 'submit'],
  ])('holds %s while a placeholder is unfilled, and lets it go once filled', async (_name, press, seen) => {
    field.value = 'Hello Anna, tracking {trackingId}';
    press();
    expect(pageSaw).toEqual([]);
    expect(unfilledShown).toBe(1);

    field.value = 'Hello Anna, tracking 1Z999';
    press();
    expect(pageSaw).toContain(seen);
    await afterDispatch();
    expect(sent).toEqual(['Hello Anna, tracking 1Z999']);
  });

  it.each([
    ['Enter', enter, 'Enter'],
    ['a form submission', () => form.requestSubmit(), 'submit'],
  ])('stops %s of an edited draft to a listed buyer until a reason is given, then replays it once', async (_name, press, seen) => {
    listed = true;
    field.value = 'Hello Anna, tracking 1Z999 - call me';
    press();
    expect(pageSaw).toEqual([]);
    expect(reasonAsked).toHaveLength(1);
    reasonAsked[0]!();
    expect(pageSaw).toEqual([seen]);
    await afterDispatch();
    expect(sent).toEqual(['Hello Anna, tracking 1Z999 - call me']);
  });

  it('logs nothing for a send the draft guard stopped, and still holds a placeholder after "Send anyway"', async () => {
    findings = [block];
    field.value = 'a@b.co {trackingId}';
    enter();
    expect(draftStopped).toHaveLength(1);
    expect(unfilledShown).toBe(0);
    await afterDispatch();
    expect(sent).toEqual([]);

    // "Send anyway" replays past the draft guard, not past the templates hold.
    draftStopped[0]!();
    expect(unfilledShown).toBe(1);
    expect(pageSaw).toEqual([]);
  });

  it('leaves a plain new line alone', () => {
    field.removeAttribute('enterkeyhint');
    field.value = 'Hello {trackingId}';
    enter();
    expect(pageSaw).toEqual(['Enter']);
    expect(unfilledShown).toBe(0);
  });
});

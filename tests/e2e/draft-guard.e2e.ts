import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearSentMessages, FIXTURE_URLS, sentMessages } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';
import { readStore } from './capture-inspect';
import { pressFromPageScript } from './page-script';

// Playwright's CSS locators pierce open shadow roots: the page's kat-* internals and ours.
const OVERLAY_MARK = 'seller-guard-draft-overlay .sg-draft-mark';
const PANEL = 'seller-guard-draft-panel .sg-draft-panel';
const DIALOG = 'seller-guard-draft-dialog [role="alertdialog"]';
const SEND_API = '/messaging/api/send';

let harness: Harness;

beforeAll(async () => {
  harness = await launchExtension('production');
  await saveSettings({ agentName: 'Dana Reyes' });
});
afterAll(async () => {
  await harness?.close();
});
beforeEach(() => {
  clearSentMessages();
  postsBefore = allPosts().length;
});

/** Fill the options page's settings form and save it (as the agent would). */
async function saveSettings(values: { agentName?: string; allowedDomains?: string; blockedTerms?: string }) {
  const options = await harness.openOptions();
  if (values.agentName !== undefined) await options.getByLabel('Your name').fill(values.agentName);
  if (values.allowedDomains !== undefined) await options.getByLabel('Domains you may link to').fill(values.allowedDomains);
  if (values.blockedTerms !== undefined) await options.getByLabel('Your own blocked words').fill(values.blockedTerms);
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
}

/** POSTs to the send API that reached the fixture since the test started. */
let postsBefore = 0;
const allPosts = () => harness.sellerCentralRequests.filter((request) => request.startsWith('POST ') && request.includes(SEND_API));
const posts = () => allPosts().slice(postsBefore);

/** Every audit entry, read from the extension's IndexedDB in the service worker. */
function auditEntries(): Promise<Array<{ kind: string; agent: string; orderId: string | null; at: string; details: Record<string, unknown> }>> {
  return readStore(harness.worker, 'audit');
}

async function openContactPage(): Promise<{ page: Page; field: Locator }> {
  const page = await harness.open(FIXTURE_URLS.contactUs);
  const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
  await field.waitFor();
  // The contact page wants a reason before it sends anything.
  await page.locator('kat-radiobutton[value="OTHER"] input[type="radio"]').check();
  return { page, field };
}

/** Select the draft and type `text` over it, key by key. */
async function retype(page: Page, field: Locator, text: string) {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** The first underline of `severity` must lie over the field (within its bounds). */
async function expectUnderlineOver(page: Page, field: Locator, severity = 'block') {
  const mark = page.locator(`${OVERLAY_MARK}[data-severity="${severity}"]`).first();
  await mark.waitFor();
  // Marks are redrawn as analysis catches up with typing: measure once they hold still.
  await expect
    .poll(async () => {
      const [markBox, fieldBox] = await Promise.all([mark.boundingBox(), field.boundingBox()]);
      if (!markBox || !fieldBox) return 'not measured yet';
      const inside =
        markBox.width > 10 &&
        markBox.x >= fieldBox.x &&
        markBox.y >= fieldBox.y &&
        markBox.x + markBox.width <= fieldBox.x + fieldBox.width + 0.5 &&
        markBox.y + markBox.height <= fieldBox.y + fieldBox.height + 0.5;
      return inside ? 'over the field' : `mark ${JSON.stringify(markBox)} outside field ${JSON.stringify(fieldBox)}`;
    })
    .toBe('over the field');
}

/**
 * Proof that the guard runs on this page's field: a risky draft is flagged. A later "nothing
 * shown" check then means the guard looked and found nothing, not that it never started.
 */
async function expectGuardRunning(page: Page, field: Locator) {
  await retype(page, field, 'Write to me at support@acme-tools.com');
  await page.locator(PANEL).waitFor();
}

/** Once the guard has analysed the draft now in the field, no mark and no panel are left. */
async function expectNothingFlagged(page: Page) {
  await expect.poll(() => page.locator(`${OVERLAY_MARK}, ${PANEL}`).count(), { timeout: 15_000 }).toBe(0);
}

/** Which element has focus, looking through open shadow roots. */
function deepActiveElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const host = (active?.getRootNode() as ShadowRoot | Document | undefined) instanceof ShadowRoot ? (active!.getRootNode() as ShadowRoot).host : null;
    return `${host ? `${host.localName} > ` : ''}${active?.localName ?? 'none'}`;
  });
}

describe('draft guard on the contact-buyer page', () => {
  it('underlines an email address as it is typed and explains it in the panel, without touching the draft', async () => {
    const { page, field } = await openContactPage();
    const draft = 'Hi Jordan, please write to support@acme-tools.com about the warranty.';
    await retype(page, field, draft);

    const panel = page.locator(PANEL);
    // The panel appears while typing; wait until the analysis has caught up with the whole draft.
    await expect.poll(() => panel.locator('.sg-draft-counter').textContent()).toBe(`${draft.length} / 4,000 characters`);
    await expectUnderlineOver(page, field);
    await expect(panel.getAttribute('role')).resolves.toBe('alert');
    const email = panel.locator('.sg-draft-finding[data-severity="block"]', { hasText: 'Email address' });
    await expect(email.locator('q').textContent()).resolves.toBe('support@acme-tools.com');
    await expect(email.locator('.sg-draft-why').textContent()).resolves.toMatch(/\S/);
    await expect(email.locator('.sg-draft-advice').textContent()).resolves.toMatch(/^Instead: /);
    await expect(field.inputValue()).resolves.toBe(draft);
    await page.close();
  });

  it('stops Send with a blocked draft, goes back to the field, then sends anyway with a logged reason', async () => {
    const { page, field } = await openContactPage();
    await retype(page, field, 'Hi Jordan, write to support@acme-tools.com for the warranty.');
    await page.locator(PANEL).waitFor();

    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('support@acme-tools.com');
    // Stopped before the page saw the click: no review step, no POST.
    expect(await page.locator('.ayb-review-dialog').count()).toBe(0);
    expect(posts()).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(deepActiveElement(page)).resolves.toBe('kat-textarea > textarea');

    // Still a link to an outside site, so still blocked: send it anyway, with a reason.
    const draft = 'Hi Jordan, the manual is at https://acme-tools.example/manuals/x200.pdf for your model.';
    await retype(page, field, draft);
    await page.locator(`${OVERLAY_MARK}[data-category="link"]`).first().waitFor();
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await dialog.waitFor();
    const sendAnyway = dialog.getByRole('button', { name: 'Send anyway' });
    expect(await sendAnyway.isDisabled()).toBe(true);
    await dialog.getByLabel('Reason for sending anyway').fill('Buyer asked for the manual; our manual host is not on Amazon');
    // A page script pressing "Send anyway" records nothing and sends nothing.
    const overrides = async () => (await auditEntries()).filter((entry) => entry.kind === 'draft-override').length;
    const overridesBefore = await overrides();
    expect(await pressFromPageScript(page, 'seller-guard-draft-dialog', 'Send anyway')).toBe(true);
    expect(await dialog.count()).toBe(1);
    expect(await overrides()).toBe(overridesBefore);
    expect(posts()).toEqual([]);
    await sendAnyway.click();
    await dialog.waitFor({ state: 'detached' });

    // The page's own "Review message" step, then its Send: not asked a second time.
    await page.locator('.ayb-review-dialog kat-button[label="Send"] button').click();
    await page.locator('.kat-alert-success-content').waitFor();
    expect(posts()).toHaveLength(1);
    expect(sentMessages.map((sent) => sent.text)).toEqual([draft]);

    expect(await overrides()).toBe(overridesBefore + 1);
    const override = (await auditEntries()).filter((entry) => entry.kind === 'draft-override').at(-1);
    expect(override).toMatchObject({
      agent: 'Dana Reyes',
      orderId: '112-4837261-5938217',
      details: {
        url: FIXTURE_URLS.contactUs,
        reason: 'Buyer asked for the manual; our manual host is not on Amazon',
        draft,
      },
    });
    expect(override!.details.ruleIds).toEqual(expect.arrayContaining([expect.stringMatching(/^link\./)]));
    expect(override!.details.sha256).toMatch(/^[0-9a-f]{64}$/);
    await page.close();
  });

  it('shows nothing for a safe draft full of look-alikes and lets Send through untouched', async () => {
    const { page, field } = await openContactPage();
    await expectGuardRunning(page, field);
    const draft =
      'Hi Jordan, order 112-4837261-5938217 (ASIN B08N5WRWNW) shipped on 5 Jul 2026 with UPS 1Z999AA10123456784. ' +
      'It should arrive by Friday at 5:30 pm. The refund of $24.99 is shown at https://www.amazon.com/gp/help/customer/display.html.';
    await retype(page, field, draft);
    await expectNothingFlagged(page);
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    expect(await page.locator(DIALOG).count()).toBe(0);
    await page.locator('.ayb-review-dialog kat-button[label="Send"] button').click();
    await page.locator('.kat-alert-success-content').waitFor();
    expect(sentMessages.map((sent) => sent.text)).toEqual([draft]);
    await page.close();
  });

  it("applies the agent's allowed domains and blocked terms from the options page live", async () => {
    const { page, field } = await openContactPage();
    await retype(page, field, 'The manual is at https://manuals.acme-tools.example/x200 and AcmeDirect has spares.');
    await page.locator(`${OVERLAY_MARK}[data-category="link"]`).first().waitFor();

    try {
      await saveSettings({ allowedDomains: 'manuals.acme-tools.example', blockedTerms: 'AcmeDirect' });
      await page.locator(`${OVERLAY_MARK}[data-category="link"]`).first().waitFor({ state: 'detached' });
      await page.locator(`${OVERLAY_MARK}[data-rule-id="custom.blocked-term"]`).first().waitFor();
      await expect(page.locator(PANEL).textContent()).resolves.toContain('AcmeDirect');
    } finally {
      await saveSettings({ allowedDomains: '', blockedTerms: '' });
    }
    await page.close();
  });
});

describe('draft guard on a German page', () => {
  it('stops "Senden" for a German draft that moves the buyer off Amazon, and the kat-modal confirmation after an override', async () => {
    const page = await harness.open(FIXTURE_URLS.contactDe);
    const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
    await field.waitFor();
    await page.locator('kat-radiobutton[value="OTHER"] input[type="radio"]').check();
    const draft = 'Hallo Lukas, rufen Sie uns bitte unter +49 30 12345678 an, dann klären wir das sofort.';
    await retype(page, field, draft);
    await expectUnderlineOver(page, field);

    await page.locator('kat-button.ayb-contact-form-send-button[label="Senden"] button').click();
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    expect(await page.locator('.ayb-review-modal').count()).toBe(0);
    await dialog.getByLabel('Reason for sending anyway').fill('Käufer bat ausdrücklich um Rückruf');
    await dialog.getByRole('button', { name: 'Send anyway' }).click();

    await page.locator('.ayb-review-modal kat-button[label="Senden"] button').click();
    await page.locator('.kat-alert-success-content').waitFor();
    expect(sentMessages.map((sent) => sent.text)).toEqual([draft]);
    await page.close();
  });
});

describe('draft guard in a message thread after SPA navigation', () => {
  it('guards the reply box of a case opened from the inbox, and sends anyway with a reason', async () => {
    const page = await harness.open(FIXTURE_URLS.inboxUs);
    await page.locator('a.case-list-item', { hasText: '112-4837261-5938217' }).click();
    await page.waitForURL(/cc=7c1e5a2b/);
    const field = page.locator('.reply-box kat-textarea textarea');
    await field.waitFor();
    const send = page.locator('.reply-box kat-button.reply-send-button button');

    await retype(page, field, 'Sorry about that! Call me on +1 206 555 0143 and I will sort it out.');
    await expectUnderlineOver(page, field);
    await send.click();
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    expect(posts()).toEqual([]);

    await dialog.getByLabel('Reason for sending anyway').fill('Buyer asked for a callback; approved by the team lead');
    await dialog.getByRole('button', { name: 'Send anyway' }).click();
    await page.locator('.message-component.sent', { hasText: '+1 206 555 0143' }).waitFor();
    expect(posts()).toHaveLength(1);
    const override = (await auditEntries()).filter((entry) => entry.kind === 'draft-override').at(-1);
    expect(override?.details).toMatchObject({
      url: FIXTURE_URLS.threadUs,
      reason: 'Buyer asked for a callback; approved by the team lead',
    });
    await page.close();
  });

  it('leaves Send untouched for a safe reply in the thread', async () => {
    const page = await harness.open(FIXTURE_URLS.inboxUs);
    await page.locator('a.case-list-item', { hasText: '112-4837261-5938217' }).click();
    const field = page.locator('.reply-box kat-textarea textarea');
    await field.waitFor();
    await expectGuardRunning(page, field);
    const draft = 'Thanks Jordan, a replacement is on its way with tracking 9400 1000 0000 0000 0000 00.';
    await retype(page, field, draft);
    await expectNothingFlagged(page);
    await page.locator('.reply-box kat-button.reply-send-button button').click();
    await page.locator('.message-component.sent', { hasText: 'replacement is on its way' }).waitFor();
    expect(await page.locator(DIALOG).count()).toBe(0);
    expect(sentMessages.map((sent) => sent.text)).toEqual([draft]);
    await page.close();
  });
});

describe('other reply fields', () => {
  it('underlines findings in a contenteditable reply box rendered after load, without changing its DOM', async () => {
    const page = await harness.open(FIXTURE_URLS.inboxUs);
    await page.locator('a.case-list-item').first().waitFor();
    await page.evaluate(() => {
      const editor = document.createElement('div');
      editor.className = 'rich-reply';
      editor.setAttribute('contenteditable', 'true');
      editor.setAttribute('aria-label', 'Reply');
      editor.style.cssText = 'min-height: 80px; border: 1px solid #888; padding: 6px; font: 16px/1.5 sans-serif;';
      document.querySelector('.thread-pane')!.append(editor);
    });
    const editor = page.locator('.rich-reply');
    await editor.click();
    await page.keyboard.type('Hello! Message me on WhatsApp at +1 206 555 0143 for faster help.');

    await expectUnderlineOver(page, editor);
    await page.locator(PANEL).waitFor();
    expect(await editor.evaluate((element) => element.children.length)).toBe(0);
    await page.close();
  });
});

describe('network', () => {
  it('sent nothing anywhere but Seller Central', () => {
    expect(harness.foreignRequests).toEqual([]);
  });
});

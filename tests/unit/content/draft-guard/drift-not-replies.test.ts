import { afterEach, describe, expect, it } from 'vitest';
import { findReplyBoxes } from '../../../../entrypoints/sellercentral.content/draft-guard/reply-boxes';
import { mount, shadowHost } from './dom';
import { click, guardDialog, settle, startGuard, type } from './guarded-page';

/**
 * Where pages differ in ways that must not change what is guarded: reply boxes whose hints
 * or neighbours merely resemble a search box or a private memo are still replies, and a
 * page's other forms (feedback, search) keep working while a risky reply draft waits.
 */

const RISKY = 'Hallo, schreiben Sie mir direkt an shop@example.com.';

let guard: { stop(): void } | undefined;
afterEach(() => {
  guard?.stop();
  guard = undefined;
});

const hostsFound = () => findReplyBoxes(document).map((box) => box.host.getAttribute('data-name'));

describe('reply boxes that only resemble something else', () => {
  it.each([
    ['a German hint with "Versuchen" (holds "suche")', { placeholder: 'Versuchen Sie, alle Fragen des Käufers in einer Nachricht zu beantworten.' }],
    ['a German label with "Besuchen" (holds "suche")', { label: 'Antwort an den Käufer (besuchen Sie die Hilfe für Vorlagen)' }],
    ['a Spanish hint with "cercana"', { placeholder: 'Responda en la fecha más cercana posible.' }],
  ])('finds a kat-textarea with %s', (_name, attributes) => {
    const box = shadowHost('kat-textarea', '<textarea></textarea>', { ...attributes, 'data-name': 'reply' });
    mount('<div class="reply"></div>').querySelector('.reply')!.append(box);
    expect(hostsFound()).toEqual(['reply']);
  });

  it.each([
    ['"Nachrichten durchsuchen"', 'Nachrichten durchsuchen'],
    ['"Suchen"', 'Suchen'],
    ['"Rechercher des messages"', 'Rechercher des messages'],
    ['"Buscar mensajes"', 'Buscar mensajes'],
    ['"Cerca messaggi"', 'Cerca messaggi'],
    ['"Berichten zoeken"', 'Berichten zoeken'],
    ['"メッセージを検索"', 'メッセージを検索'],
  ])('still leaves out a field labelled %s', (_name, label) => {
    mount(`<textarea aria-label="${label}" data-name="search"></textarea>`);
    expect(hostsFound()).toEqual([]);
  });

  it('finds the thread reply box beside the order side panel that lists "Seller memo:"', () => {
    mount(`
      <div class="case">
        <div class="thread">
          <div class="message-component received"><div class="message-body-text">Where is my parcel?</div></div>
          <div class="reply"><textarea data-name="reply"></textarea></div>
        </div>
        <aside class="order-panel">
          <h3>Order</h3>
          <dl><dt>Buyer name</dt><dd>Jürgen Müller</dd><dt>Ship by</dt><dd>Mon, 6 Jul 2026</dd>
          <dt>Status</dt><dd>Shipped</dd><dt>Seller memo:</dt><dd>Gift wrap requested</dd></dl>
        </aside>
      </div>`);
    expect(hostsFound()).toEqual(['reply']);
  });

  it('still leaves out the memo box captioned "Seller memo" (no other hint)', () => {
    mount('<div class="memo"><label>Seller memo</label><textarea data-name="memo"></textarea></div>');
    expect(hostsFound()).toEqual([]);
  });
});

describe("the page's other forms while a risky reply waits", () => {
  it('lets the feedback widget send its own text with its "Senden" button', async () => {
    const page = mount(`
      <div class="reply"><textarea name="reply"></textarea><button type="button" id="reply-send">Senden</button></div>
      <div role="dialog" aria-label="Senden Sie uns Feedback" class="feedback">
        <textarea name="feedback" aria-label="Ihr Feedback"></textarea>
        <button type="button" id="feedback-send">Senden</button>
      </div>`);
    let feedbackSent = 0;
    page.querySelector('#feedback-send')!.addEventListener('click', () => (feedbackSent += 1));
    guard = await startGuard();
    type(page.querySelector('textarea[name="reply"]')!, RISKY);
    await settle();
    // The agent then tells Amazon a page is broken, link included.
    type(page.querySelector('textarea[name="feedback"]')!, 'Die Seite https://example.com/x lädt nicht.');
    await settle();

    click(page.querySelector('#feedback-send')!);
    await settle(20);

    expect(feedbackSent).toBe(1);
    expect(guardDialog()).toBeNull();
    // The reply's own Send is still guarded.
    click(page.querySelector('#reply-send')!);
    await settle(20);
    expect(guardDialog()).not.toBeNull();
  });

  it('lets a search form elsewhere on the page submit', async () => {
    const page = mount(`
      <form role="search" class="search"><input type="search" name="q" aria-label="Search"><button type="submit">Go</button></form>
      <div class="reply"><textarea name="reply"></textarea><button type="button">Send</button></div>`);
    const search = page.querySelector('form')!;
    let searched = 0;
    search.addEventListener('submit', (event) => {
      event.preventDefault();
      searched += 1;
    });
    guard = await startGuard();
    type(page.querySelector('textarea')!, RISKY);
    await settle();

    click(search.querySelector('button')!);
    await settle(20);

    expect(searched).toBe(1);
    expect(guardDialog()).toBeNull();
  });
});

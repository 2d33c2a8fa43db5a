import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mount, shadowHost } from './dom';
import { click, guardDialog, settle, startGuard, type } from './guarded-page';

/**
 * Send controls as other marketplaces and drifted layouts may draw them, with the real draft
 * guard running: a risky draft is stopped before the page sees the click, a safe one is not,
 * and controls that do not send are never touched.
 */

const RISKY = 'Hallo, schreiben Sie mir direkt an shop@example.com, dann geht es schneller.';
const SAFE = 'Hallo, Ihre Bestellung wurde heute versandt. Vielen Dank für Ihre Geduld!';

let guard: { stop(): void } | undefined;
let field: HTMLTextAreaElement;
let actions: HTMLElement;


beforeEach(() => {
  const page = mount('<form class="reply" action="#"><textarea name="reply"></textarea><div class="actions"></div></form>');
  page.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
  field = page.querySelector('textarea')!;
  actions = page.querySelector('.actions')!;
});
afterEach(() => {
  guard?.stop();
  guard = undefined;
});


/** Put `control` on the page (the light-DOM part) and return what a pointer clicks. */
type Control = [name: string, build: () => { placed: Element; target: Element }];
const plain = (markup: string, pick = (placed: Element) => placed): (() => { placed: Element; target: Element }) => () => {
  const placed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body.firstElementChild!;
  const adopted = document.adoptNode(placed);
  return { placed: adopted, target: pick(adopted) };
};
const inShadow = (tag: string, inner: string, attributes: Record<string, string> = {}) => () => {
  const host = shadowHost(tag, inner, attributes);
  return { placed: host, target: host.shadowRoot!.querySelector('button, [role="button"]')! };
};

/** A page's own handler sees every click that got through, and nothing else. */
async function press(build: Control[1], draft: string) {
  const { placed, target } = build();
  actions.append(placed);
  let pageSaw = 0;
  // A submit button sends through its form's submit event; any other control on click.
  const submits = target.matches('[type="submit"]');
  const form = field.form!;
  if (submits) form.addEventListener('submit', () => (pageSaw += 1));
  else placed.addEventListener('click', () => (pageSaw += 1));
  guard = await startGuard();
  type(field, draft);
  await settle();
  const event = click(target);
  await settle(20);
  return { pageSaw, prevented: event.defaultPrevented };
}

const SEND_CONTROLS: Control[] = [
  ['kat-button label="Send"', inShadow('kat-button', '<button class="button"><slot><span>Send</span></slot></button>', { label: 'Send' })],
  ['kat-button label="Senden" (German)', inShadow('kat-button', '<button class="button"><slot></slot></button>', { label: 'Senden' })],
  ['kat-button label="Antworten" (German reply)', inShadow('kat-button', '<button class="button"><slot></slot></button>', { label: 'Antworten' })],
  ['<button>Envoyer</button> (French)', plain('<button type="button">Envoyer</button>')],
  ['<button>Enviar</button> (Spanish, Portuguese)', plain('<button type="button">Enviar</button>')],
  ['<button>Invia</button> (Italian)', plain('<button type="button">Invia</button>')],
  ['<button>送信</button> (Japanese)', plain('<button type="button">送信</button>')],
  ['<button>Verzenden</button> (Dutch)', plain('<button type="button">Verzenden</button>')],
  ['<button>Wyślij</button> (Polish)', plain('<button type="button">Wyślij</button>')],
  ['<button>Skicka</button> (Swedish)', plain('<button type="button">Skicka</button>')],
  ['<button>Gönder</button> (Turkish)', plain('<button type="button">Gönder</button>')],
  ['<button>إرسال</button> (Arabic)', plain('<button type="button" dir="rtl">إرسال</button>')],
  ['an icon button named only by aria-label', plain('<button type="button" aria-label="Nachricht senden"><svg viewBox="0 0 8 8"><path d="M0 0L8 4L0 8z"></path></svg></button>')],
  ['an icon glyph hidden from assistive tech beside the word', plain('<button type="button"><span aria-hidden="true">➤</span> Send</button>')],
  ['a button named by aria-labelledby', plain('<span><span id="send-name" hidden>Envoyer la réponse</span><button type="button" aria-labelledby="send-name"><svg></svg></button></span>', (placed) => placed.querySelector('button')!)],
  ['a click on the icon inside a labelled button', plain('<button type="button" aria-label="Senden"><svg><path d="M0 0"></path></svg></button>', (placed) => placed.querySelector('path')!)],
  ['a button inside a custom element\'s shadow root', inShadow('x-reply-actions', '<div><button type="button">Enviar</button></div>')],
  ['a design-system button whose word is slotted from the light DOM', () => {
    const host = shadowHost('x-button', '<button part="base"><span class="prefix"><slot name="prefix"></slot></span><slot></slot></button>', { variant: 'primary' });
    host.append('Senden');
    return { placed: host, target: host.shadowRoot!.querySelector('button')! };
  }],
  ['a form submit button', plain('<button type="submit">Send message</button>')],
  ['a submit input', plain('<input type="submit" value="Wyślij wiadomość">')],
];

describe('Send controls on pages nobody wrote fixtures for', () => {
  it.each(SEND_CONTROLS)('stops %s while the draft has an email address', async (_name, build) => {
    const { pageSaw, prevented } = await press(build, RISKY);
    expect(pageSaw).toBe(0);
    expect(prevented).toBe(true);
    expect(guardDialog()).not.toBeNull();
  });

  it.each(SEND_CONTROLS)('lets %s send a safe draft untouched', async (_name, build) => {
    const { pageSaw, prevented } = await press(build, SAFE);
    expect(pageSaw).toBe(1);
    expect(prevented).toBe(false);
    expect(guardDialog()).toBeNull();
  });
});

const NOT_SEND: Control[] = [
  ['"Send feedback"', plain('<button type="button">Send feedback</button>')],
  ['"Senden Sie uns Feedback"', plain('<button type="button">Senden Sie uns Feedback</button>')],
  ['kat-button "Save draft"', inShadow('kat-button', '<button class="button"><slot></slot></button>', { label: 'Save draft' })],
  ['"Entwurf speichern"', plain('<button type="button">Entwurf speichern</button>')],
  ['"Cancel"', plain('<button type="button">Cancel</button>')],
  ['"Annuler"', plain('<button type="button">Annuler</button>')],
  ['an "Attach" icon button', plain('<button type="button" aria-label="Attach a file"><svg></svg></button>')],
  ['"Anhang hinzufügen"', plain('<button type="button">Anhang hinzufügen</button>')],
  ['"Sent Messages"', plain('<button type="button">Sent Messages</button>')],
  // Submit buttons in the reply's own form that do not send it.
  ['a "Save draft" submit in the reply form', plain('<button type="submit" name="action" value="save">Save draft</button>')],
  ['a "Search" submit in the reply form', plain('<input type="submit" value="Search">')],
  ['a "Go" search submit in a search landmark inside the reply form', plain('<div role="search"><input type="search" name="q"><button type="submit">Go</button></div>', (placed) => placed.querySelector('button')!)],
  ['an "Attach" submit in the reply form', plain('<button type="submit" aria-label="Anhang hinzufügen"><svg></svg></button>')],
];

describe('controls that do not send', () => {
  it.each(NOT_SEND)('never intercepts %s, even with a risky draft', async (_name, build) => {
    const { pageSaw, prevented } = await press(build, RISKY);
    expect(pageSaw).toBe(1);
    expect(prevented).toBe(false);
    expect(guardDialog()).toBeNull();
  });
});

describe('a form submitted without a labelled Send', () => {
  it.each([
    ['an unnamed icon submit button', '<button type="submit"><svg></svg></button>'],
    ['a "Submit" button', '<button type="submit">Submit</button>'],
  ])('still stops the reply form submitted by %s while the draft is risky', async (_name, markup) => {
    const { pageSaw } = await press(plain(markup), RISKY);
    expect(pageSaw).toBe(0);
    expect(guardDialog()).not.toBeNull();
  });

  it('stops a script submitting the reply form (no submitter) while the draft is risky', async () => {
    let submitted = 0;
    field.form!.addEventListener('submit', () => (submitted += 1));
    guard = await startGuard();
    type(field, RISKY);
    await settle();
    field.form!.requestSubmit();
    await settle(20);
    expect(submitted).toBe(0);
    expect(guardDialog()).not.toBeNull();
  });
});

describe('a Send control worked from the keyboard', () => {
  /** A div drawn as a button that sends on Enter or Space, as script-built buttons do. */
  async function keyboardSend(draft: string, key: string) {
    const control = document.createElement('div');
    for (const [name, value] of [['role', 'button'], ['tabindex', '0'], ['aria-label', 'Senden']]) control.setAttribute(name!, value!);
    actions.append(control);
    let pageSaw = 0;
    control.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') pageSaw += 1;
    });
    guard = await startGuard();
    type(field, draft);
    await settle();
    control.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    await settle(20);
    return pageSaw;
  }

  it.each(['Enter', ' '])('stops %j on a role="button" Send while the draft is risky', async (key) => {
    expect(await keyboardSend(RISKY, key)).toBe(0);
    expect(guardDialog()).not.toBeNull();
  });

  it.each(['Enter', ' '])('lets %j on a role="button" Send through with a safe draft', async (key) => {
    expect(await keyboardSend(SAFE, key)).toBe(1);
    expect(guardDialog()).toBeNull();
  });
});

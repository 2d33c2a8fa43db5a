import { afterEach, describe, expect, it } from 'vitest';
import { mount, shadowHost } from './dom';
import { click, guardDialog, settle, startGuard, type } from './guarded-page';

/**
 * Reply boxes as other marketplaces and drifted layouts may draw them, with the real draft
 * guard running: the box is found, a risky draft is flagged in an alert next to it (in our
 * own open shadow root) and its Send is stopped; a safe draft is neither flagged nor stopped.
 */

const RISKY = 'Bonjour, écrivez-moi sur https://ma-boutique.example.fr pour un remboursement plus rapide.';
const SAFE = 'Bonjour, votre colis a été expédié aujourd’hui. Merci pour votre patience.';

let guard: { stop(): void } | undefined;
afterEach(() => {
  guard?.stop();
  guard = undefined;
});


/** Our findings panels: each a shadow host with its open shadow root's panel. */
const panels = () =>
  [...document.querySelectorAll('seller-guard-draft-panel')].map((host) => ({ host, panel: host.shadowRoot?.querySelector('.sg-draft-panel') ?? null }));

function katSend(label: string): { host: HTMLElement; button: HTMLButtonElement } {
  const host = shadowHost('kat-button', '<button class="button"><slot></slot></button>', { label, variant: 'primary' });
  return { host, button: host.shadowRoot!.querySelector('button')! };
}

interface Layout {
  /** The element the agent types in. */
  field(): HTMLElement;
  /** What the pointer clicks to send, and the element the page listens on. */
  send: { host: HTMLElement; button: HTMLElement };
}

type Build = () => Promise<Layout> | Layout;

const LAYOUTS: Array<[string, Build]> = [
  [
    'a kat-textarea (real textarea in its open shadow root)',
    () => {
      const form = mount('<div class="contact-buyer-text-area"></div><div class="actions"></div>');
      const box = shadowHost('kat-textarea', '<textarea part="textarea"></textarea>', { maxlength: '4000' });
      form.querySelector('.contact-buyer-text-area')!.append(box);
      const send = katSend('Envoyer');
      form.querySelector('.actions')!.append(send.host);
      return { field: () => box.shadowRoot!.querySelector('textarea')!, send };
    },
  ],
  [
    'a plain textarea with a plain Send button',
    () => {
      const page = mount('<div class="reply"><textarea aria-label="Votre réponse"></textarea><button type="button">Envoyer</button></div>');
      const button = page.querySelector('button')!;
      return { field: () => page.querySelector('textarea')!, send: { host: button, button } };
    },
  ],
  [
    'a contenteditable div (rich-text editor)',
    () => {
      const page = mount('<div class="composer"><div class="editor" contenteditable="true" role="textbox" aria-multiline="true"><p><br></p></div><div class="bar"></div></div>');
      const send = katSend('Envoyer');
      page.querySelector('.bar')!.append(send.host);
      return { field: () => page.querySelector<HTMLElement>('.editor')!, send };
    },
  ],
];

/** Started after the page's first render, as the content script starts at document_idle. */
async function open(build: Build) {
  const layout = await build();
  let pageSends = 0;
  layout.send.host.addEventListener('click', () => (pageSends += 1));
  guard ??= await startGuard();
  return { ...layout, sends: () => pageSends };
}

describe('reply boxes on pages nobody wrote fixtures for', () => {
  it.each(LAYOUTS)('in %s, flags a risky draft in an alert beside the box and stops Send', async (_name, build) => {
    const page = await open(build);
    type(page.field(), RISKY);
    await settle();

    const [shown] = panels();
    expect(shown?.host.shadowRoot?.mode).toBe('open');
    expect(shown?.panel?.getAttribute('role')).toBe('alert');
    expect(shown?.panel?.getAttribute('aria-label')).toBeTruthy();
    expect(shown?.panel?.textContent).toContain('ma-boutique.example.fr');

    const event = click(page.send.button);
    await settle(20);
    expect(event.defaultPrevented).toBe(true);
    expect(page.sends()).toBe(0);
    expect(guardDialog()).not.toBeNull();
  });

  it.each(LAYOUTS)('in %s, lets a safe draft go without a warning', async (_name, build) => {
    const page = await open(build);
    type(page.field(), SAFE);
    await settle();

    expect(panels().filter(({ panel }) => panel?.getAttribute('role') === 'alert')).toEqual([]);
    click(page.send.button);
    await settle(20);
    expect(page.sends()).toBe(1);
    expect(guardDialog()).toBeNull();
  });

  it('finds a kat-textarea the single-page app renders later, its shadow root filled after it joined the page', async () => {
    mount('<div id="messaging-app"><div class="thread">Loading…</div></div>');
    guard = await startGuard();
    // The thread arrives: a reply box whose custom element renders itself a moment later.
    const thread = document.querySelector('.thread')!;
    const box = document.createElement('kat-textarea');
    const send = katSend('Antworten');
    thread.replaceChildren(box, send.host);
    await settle(20);
    box.attachShadow({ mode: 'open' }).append(document.createElement('textarea'));
    thread.append(document.createElement('span'));
    await settle(20);
    let sends = 0;
    send.host.addEventListener('click', () => (sends += 1));

    type(box.shadowRoot!.querySelector('textarea')!, RISKY);
    await settle();
    click(send.button);
    await settle(20);

    expect(sends).toBe(0);
    expect(guardDialog()).not.toBeNull();
    expect(panels()[0]?.panel?.getAttribute('role')).toBe('alert');
  });

  it('with several reply boxes, stops only the Send whose own box holds the risky draft', async () => {
    const page = mount(`
      <section class="case" id="a"><div class="box"></div><div class="actions"></div></section>
      <section class="case" id="b"><div class="box"></div><div class="actions"></div></section>`);
    const boxes = ['#a', '#b'].map((id) => {
      const box = shadowHost('kat-textarea', '<textarea></textarea>');
      page.querySelector(`${id} .box`)!.append(box);
      const send = katSend('Enviar');
      page.querySelector(`${id} .actions`)!.append(send.host);
      let sends = 0;
      send.host.addEventListener('click', () => (sends += 1));
      return { field: box.shadowRoot!.querySelector('textarea')!, send, sends: () => sends };
    });
    guard = await startGuard();
    const [risky, safe] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
    type(risky.field, RISKY);
    type(safe.field, SAFE);
    await settle();

    // The safe box was used last; its Send must not be held up by the other draft.
    click(safe.send.button);
    await settle(20);
    expect(safe.sends()).toBe(1);
    expect(guardDialog()).toBeNull();

    click(risky.send.button);
    await settle(20);
    expect(risky.sends()).toBe(0);
    expect(guardDialog()).not.toBeNull();
  });
});

describe('drafts the page writes itself', () => {
  it.each(LAYOUTS)('in %s, checks at Send a template the page inserted without any input event', async (_name, build) => {
    const page = await open(build);
    const field = page.field();
    if (field instanceof HTMLTextAreaElement) field.value = RISKY;
    else field.textContent = RISKY;

    click(page.send.button);
    await settle(20);

    expect(page.sends()).toBe(0);
    expect(guardDialog()).not.toBeNull();
  });
});

describe('a composer the page reveals', () => {
  it.each([
    ['hidden', ''],
    ['aria-hidden', 'true'],
  ])('guards a prefilled reply box shown by removing its %s attribute, before the agent types', async (attribute, value) => {
    const page = mount('<div class="composer"><textarea></textarea><button type="button">Antworten</button></div>');
    const box = page.querySelector('textarea')!;
    box.setAttribute(attribute, value);
    let sends = 0;
    page.querySelector('button')!.addEventListener('click', () => (sends += 1));
    guard = await startGuard();

    box.removeAttribute(attribute);
    box.value = RISKY;
    await settle(20);
    click(page.querySelector('button')!);
    await settle(20);

    expect(sends).toBe(0);
    expect(guardDialog()).not.toBeNull();
  });
});

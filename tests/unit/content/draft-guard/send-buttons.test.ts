import { describe, expect, it } from 'vitest';
import { findSendControl, isSendLabel } from '../../../../entrypoints/sellercentral.content/draft-guard/send-buttons';
import { mount, shadowHost } from './dom';

describe('Send labels', () => {
  it.each([
    'Send', 'send', ' Send ', 'Send message', 'Send reply', 'Senden', 'Nachricht senden', 'Absenden',
    'Envoyer', 'Envoyer le message', 'Enviar', 'Enviar mensaje', 'Invia', 'Invia messaggio',
    '送信', '送信する', 'メッセージを送信', '发送', '發送', '发送消息', 'Verzenden', 'Wyślij', 'Send…', 'ＳＥＮＤ',
  ])('%j is a Send control', (label) => {
    expect(isSendLabel(label)).toBe(true);
  });

  it.each(['Sender', 'Resend code', 'Send feedback about this page', 'Sent Messages', 'Cancel', 'Abbrechen', '送信済み', '', 'Send anyway later'])(
    '%j is not a Send control',
    (label) => {
      expect(isSendLabel(label)).toBe(false);
    },
  );
});

describe('finding the Send control an event went through', () => {
  const clickPath = (target: Element) => {
    let path: EventTarget[] = [];
    const record = (event: Event) => (path = event.composedPath());
    window.addEventListener('click', record, { capture: true });
    (target as HTMLElement).click();
    window.removeEventListener('click', record, { capture: true });
    return path;
  };

  it("finds kat-button[label=Send] from a click on the <button> inside its shadow root, and keeps that inner button to click again", () => {
    const katButton = shadowHost('kat-button', '<button class="button"><slot><span>Send</span></slot></button>', { label: 'Send' });
    mount('<div class="ayb-contact-form"></div>').querySelector('div')!.append(katButton);
    const inner = katButton.shadowRoot!.querySelector('button')!;

    const control = findSendControl(clickPath(inner.querySelector('span')!));

    expect(control?.element).toBe(inner);
    expect(control?.outer).toBe(katButton);
  });

  it.each([
    ['a German kat-button', '<kat-button label="Senden"></kat-button>'],
    ['a French plain button', '<button type="submit">Envoyer</button>'],
    ['a Japanese aria-label icon button', '<button aria-label="送信"><svg></svg></button>'],
    ['a Chinese role=button', '<div role="button" tabindex="0">发送</div>'],
    ['a Spanish submit input', '<input type="submit" value="Enviar">'],
    ['an Italian button', '<button>Invia</button>'],
  ])('recognises %s', (_name, markup) => {
    const control = mount(markup).firstElementChild!;
    expect(findSendControl(clickPath(control))?.element).toBe(control);
  });

  it.each([
    ['a Cancel button', '<button>Cancel</button>'],
    ['a link that says Send', '<a href="#x">Send</a>'],
    ['a disabled Send', '<button aria-disabled="true">Send</button>'],
  ])('ignores %s', (_name, markup) => {
    const control = mount(markup).firstElementChild!;
    expect(findSendControl(clickPath(control))).toBeNull();
  });

  it("never treats Seller Guard's own \"Send anyway\" or any button in our UI as the page's Send", () => {
    const ours = shadowHost('seller-guard-draft-dialog', '<div><button>Send</button></div>');
    mount('').append(ours);
    expect(findSendControl(clickPath(ours.shadowRoot!.querySelector('button')!))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { pickReplyBox } from '../../../../entrypoints/sellercentral.content/draft-guard/send-target';
import { mount, shadowHost } from './dom';

describe('which draft a Send belongs to', () => {
  const setup = () => {
    const page = mount(`
      <form id="contact"><div class="box"></div><div class="actions"></div></form>
      <section id="thread"><textarea id="reply"></textarea><button>Send</button></section>
      <div role="dialog" id="review"><button>Send</button></div>`);
    const contactHost = shadowHost('kat-textarea', '<textarea></textarea>');
    page.querySelector('#contact .box')!.append(contactHost);
    const contactSend = shadowHost('kat-button', '<button>Send</button>', { label: 'Send' });
    page.querySelector('#contact .actions')!.append(contactSend);
    const contact = { box: { host: contactHost as Element }, lastActive: 10, name: 'contact' };
    const thread = { box: { host: page.querySelector('#reply')! }, lastActive: 20, name: 'thread' };
    return { page, contactSend, contact, thread };
  };

  it('picks the box in the same form as the Send button, from inside its shadow root', () => {
    const { contactSend, contact, thread } = setup();
    const inner = contactSend.shadowRoot!.querySelector('button')!;
    expect(pickReplyBox(inner, [thread, contact])?.name).toBe('contact');
  });

  it('picks the box next to the Send button even when another box was used later', () => {
    const { page, contact, thread } = setup();
    contact.lastActive = 99;
    expect(pickReplyBox(page.querySelector('#thread button')!, [contact, thread])?.name).toBe('thread');
  });

  it('picks the box used last for a confirmation dialog far from any box', () => {
    const { page, contact, thread } = setup();
    expect(pickReplyBox(page.querySelector('#review button')!, [contact, thread])?.name).toBe('thread');
    contact.lastActive = 30;
    expect(pickReplyBox(page.querySelector('#review button')!, [contact, thread])?.name).toBe('contact');
  });

  it('has nothing to pick when the page has no reply box', () => {
    const { page } = setup();
    expect(pickReplyBox(page.querySelector('#review button')!, [])).toBeNull();
  });
});

describe('a Send that belongs to another message field', () => {
  it.each([
    ['a feedback widget with its own textarea', '<div class="widget"><textarea></textarea><button>Send</button></div>', null],
    ['a widget whose textarea is disabled (nothing of its own to send)', '<div class="widget"><textarea disabled></textarea><button>Send</button></div>', 'reply'],
    ['a dialog showing the message in a read-only kat-textarea', '<div class="widget"><kat-textarea readonly></kat-textarea><button>Send</button></div>', 'reply'],
    ['a widget with a single-line input only', '<div class="widget"><input type="text"><button>Send</button></div>', 'reply'],
  ])('next to %s', (_name, widget, expected) => {
    const page = mount(`<section><textarea id="reply"></textarea></section>${widget}`);
    const reply = { box: { host: page.querySelector('#reply')! }, lastActive: 5, name: 'reply' };
    expect(pickReplyBox(page.querySelector('.widget button')!, [reply])?.name ?? null).toBe(expected);
  });
});

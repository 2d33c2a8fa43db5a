import { describe, expect, it } from 'vitest';
import { pickReplyBox } from '../../../entrypoints/sellercentral.content/draft-guard/send-target';
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

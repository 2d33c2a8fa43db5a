import { beforeEach, describe, expect, it } from 'vitest';
import { findReplyBoxes, replyBoxOf } from '../../../../entrypoints/sellercentral.content/draft-guard/reply-boxes';
import { innerTextarea, mount, shadowHost } from './dom';

const describeBoxes = () =>
  findReplyBoxes(document).map((box) => ({ kind: box.kind, host: box.host.localName, name: box.field.getAttribute('name') ?? box.field.id }));

describe('reply box discovery', () => {
  beforeEach(() => mount(''));

  it("finds the real textarea inside the contact page's kat-textarea shadow root, hosted by the kat-textarea", () => {
    const area = mount('<div class="contact-buyer-text-area"></div>').querySelector('div')!;
    const katTextarea = shadowHost('kat-textarea', '<label for="t">Message</label><textarea id="t" part="textarea"></textarea>', {
      placeholder: '4000 character limit. Only links related to order completion are allowed, no HTML or email addresses.',
    });
    area.append(katTextarea);

    const boxes = findReplyBoxes(document);

    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.field).toBe(innerTextarea(katTextarea));
    expect(boxes[0]!.host).toBe(katTextarea);
    expect(boxes[0]!.kind).toBe('textarea');
  });

  it('finds a textarea nested two shadow roots deep', () => {
    const outer = shadowHost('kat-box', '<div class="reply"></div>');
    outer.shadowRoot!.querySelector('.reply')!.append(shadowHost('kat-textarea', '<textarea name="reply"></textarea>'));
    mount('').append(outer);

    expect(describeBoxes()).toEqual([{ kind: 'textarea', host: 'kat-box', name: 'reply' }]);
  });

  it('finds plain textareas and contenteditable roots, but not the editable children of a root', () => {
    mount(`
      <textarea name="plain"></textarea>
      <div id="editor" contenteditable="true"><p contenteditable="true">nested</p></div>
      <div id="plaintext" contenteditable="plaintext-only"></div>
      <div contenteditable="false">not editable</div>`);

    expect(describeBoxes()).toEqual([
      { kind: 'textarea', host: 'textarea', name: 'plain' },
      { kind: 'contenteditable', host: 'div', name: 'editor' },
      { kind: 'contenteditable', host: 'div', name: 'plaintext' },
    ]);
  });

  it.each([
    ['the seller notes box', '<div class="notes"><p>For your records only, will not be displayed to the buyer.</p><textarea name="x"></textarea></div>'],
    ['a seller memo by test id', '<textarea name="x" data-test-id="seller-memo-input"></textarea>'],
    ['a search box by role', '<textarea name="x" role="searchbox"></textarea>'],
    ['a field inside a search landmark', '<form role="search"><textarea name="x"></textarea></form>'],
    ['a field labelled as a search', '<textarea name="x" aria-label="Search messages"></textarea>'],
    ['a disabled textarea', '<textarea name="x" disabled></textarea>'],
    ['a read-only textarea', '<textarea name="x" readonly></textarea>'],
    ['a hidden textarea', '<textarea name="x" hidden></textarea>'],
    ['a German seller note (guess)', '<div><span>Nur für Ihre Unterlagen</span><textarea name="x"></textarea></div>'],
  ])('ignores %s', (_name, markup) => {
    mount(markup);
    expect(findReplyBoxes(document)).toEqual([]);
  });

  it("ignores Seller Guard's own fields (the override reason box in our shadow root)", () => {
    mount('').append(shadowHost('seller-guard-draft-dialog', '<div><textarea name="reason"></textarea></div>'));
    expect(findReplyBoxes(document)).toEqual([]);
    const reason = document.querySelector('seller-guard-draft-dialog')!.shadowRoot!.querySelector('textarea')!;
    expect(replyBoxOf(reason)).toBeNull();
  });

  it('keeps the reply box when a private memo sits in the same panel (the caption belongs to the memo)', () => {
    mount(`
      <div class="thread-footer">
        <div class="memo"><p>Seller memo: for your records only</p><textarea name="memo"></textarea></div>
        <div class="reply"><textarea name="reply"></textarea></div>
      </div>`);

    expect(describeBoxes()).toEqual([{ kind: 'textarea', host: 'textarea', name: 'reply' }]);
  });
});

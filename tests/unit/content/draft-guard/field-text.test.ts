import { describe, expect, it } from 'vitest';
import { lengthLimitOf, readEditable, readField } from '../../../../entrypoints/sellercentral.content/draft-guard/field-text';
import { mount, shadowHost } from './dom';

describe('reading a draft', () => {
  it('reads a contenteditable reply as the agent sees it: lines for <br> and blocks', () => {
    const editor = mount('<div contenteditable="true">Hello <b>Maria</b>,<br>thanks!<div>Write to <i>shop@example.com</i></div><p>Bye</p></div>')
      .firstElementChild as HTMLElement;

    expect(readEditable(editor).text).toBe('Hello Maria,\nthanks!\nWrite to shop@example.com\nBye\n');
  });

  it('maps a span of the draft back to the text nodes it came from, without changing the field', () => {
    const editor = mount('<div contenteditable="true">Hi<div>Write to <i>shop@example.com</i> today</div></div>')
      .firstElementChild as HTMLElement;
    const before = editor.cloneNode(true);
    const draft = readEditable(editor);
    const start = draft.text.indexOf('shop@');

    const range = draft.rangeOf(start, start + 'shop@example.com'.length)!;

    expect(range.toString()).toBe('shop@example.com');
    expect(editor.isEqualNode(before)).toBe(true);
  });

  it("reads a textarea's value, and its own length limit from maxlength on it or its Katal host", () => {
    const host = shadowHost('kat-textarea', '<textarea></textarea>', { maxlength: '2000' });
    mount('').append(host);
    const field = host.shadowRoot!.querySelector('textarea')!;
    field.value = 'Your order shipped.';
    const box = { field, host, kind: 'textarea' as const };

    expect(readField(box).text).toBe('Your order shipped.');
    expect(lengthLimitOf(box, 4000)).toBe(2000);
    host.removeAttribute('maxlength');
    expect(lengthLimitOf(box, 4000)).toBe(4000);
  });
});

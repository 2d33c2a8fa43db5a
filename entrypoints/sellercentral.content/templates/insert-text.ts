import type { ReplyBox } from '../draft-guard/reply-boxes';
import { readField } from '../draft-guard/field-text';

/**
 * Put `text` into the reply box the way typing does, so Seller Central's own code sees it
 * (its `input` listeners, its character counter): the browser's insertText command, which
 * fires trusted `beforeinput`/`input` events and keeps undo. An empty box is filled; otherwise
 * the text replaces the selection at the cursor. When the command is unavailable, the value is
 * set through the native setter and an `input` event is dispatched instead.
 */
export function insertIntoBox(box: ReplyBox, text: string): void {
  const { field } = box;
  field.focus({ preventScroll: true });
  const empty = readField(box).text.trim() === '';
  if (field instanceof HTMLTextAreaElement) {
    if (empty) field.select();
  } else if (empty) {
    getSelection()?.selectAllChildren(field);
  }
  const before = readField(box).text;
  const inserted = document.execCommand('insertText', false, text);
  if (inserted && readField(box).text !== before) return;
  if (field instanceof HTMLTextAreaElement) {
    const start = empty ? 0 : field.selectionStart;
    const end = empty ? field.value.length : field.selectionEnd;
    const next = field.value.slice(0, start) + text + field.value.slice(end);
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(field, next);
  } else {
    field.textContent = empty ? text : `${field.textContent ?? ''}${text}`;
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Select `[start, end)` of a textarea reply (an unfilled placeholder) so the agent can type over it. */
export function selectInBox(box: ReplyBox, start: number, end: number): void {
  box.field.focus({ preventScroll: true });
  if (box.field instanceof HTMLTextAreaElement) box.field.setSelectionRange(start, end);
}

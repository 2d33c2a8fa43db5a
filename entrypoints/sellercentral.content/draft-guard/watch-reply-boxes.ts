import { onPageChange } from '../page/observe';
import { findReplyBoxes, openShadowRoots, replyBoxOf, type ReplyBox } from './reply-boxes';

/** Custom elements (names with a dash) that may render a reply field in their shadow root. */
const FIELD_LIKE_ELEMENT = /^[a-z][\w.]*-[\w.-]*?(?:textarea|editor|reply|compose|message)/;

/** Attributes that turn a field into a reply box (a composer revealed by "Reply" drops `hidden`). */
const WATCHED_ATTRIBUTES = ['contenteditable', 'disabled', 'readonly', 'hidden', 'aria-hidden'];

interface ReplyBoxWatch {
  /** Boxes found and still in the page. */
  boxes(): ReplyBox[];
}

/**
 * Report every reply box in `doc` now and whenever one appears (rendered after load, after
 * SPA navigation, or inside a custom element that renders its shadow root late), and when
 * one leaves the page. Besides observing the DOM and every open shadow root, any field the
 * agent focuses or types in is checked too, so a box rendered in a way the observer missed
 * is still guarded before the first keystroke lands. Everything stops with `signal`.
 */
export function watchReplyBoxes(
  doc: Document,
  signal: AbortSignal,
  onFound: (box: ReplyBox) => void,
  onGone: (box: ReplyBox) => void,
): ReplyBoxWatch {
  const known = new Map<HTMLElement, ReplyBox>();
  const observed = new WeakSet<ShadowRoot>();
  // Field-like custom elements seen before their shadow root existed; checked again on the
  // next DOM change (attaching a shadow root is not itself observable).
  const unrendered = new Set<Element>();
  // Checked on every keystroke: fields already found not to be replies (until the DOM
  // changes) cost one lookup, like known ones.
  let notReplies = new WeakSet<Element>();

  const add = (box: ReplyBox) => {
    if (signal.aborted || known.has(box.field)) return;
    known.set(box.field, box);
    onFound(box);
  };
  const scan = (root: Document | Element) => {
    for (const shadow of openShadowRoots(root)) observe(shadow);
    for (const box of findReplyBoxes(root)) add(box);
    const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
    for (const element of elements) {
      if (!element.shadowRoot && FIELD_LIKE_ELEMENT.test(element.localName)) unrendered.add(element);
    }
  };
  const recheckUnrendered = () => {
    for (const element of unrendered) {
      if (!element.isConnected) unrendered.delete(element);
      else if (element.shadowRoot) {
        unrendered.delete(element);
        scan(element);
      }
    }
  };
  const sweep = () => {
    for (const [field, box] of known) {
      if (field.isConnected) continue;
      known.delete(field);
      onGone(box);
    }
  };

  const changed = (records: MutationRecord[]) => {
    if (signal.aborted) return;
    recheckUnrendered();
    notReplies = new WeakSet();
    let removed = false;
    for (const record of records) {
      removed ||= record.removedNodes.length > 0;
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      // A field enabled, made editable or shown after render.
      if (record.type === 'attributes' && record.target instanceof Element) scan(record.target);
    }
    if (removed) sweep();
  };
  const observe = (root: Document | ShadowRoot) => {
    if (root instanceof ShadowRoot) {
      if (observed.has(root)) return;
      observed.add(root);
    }
    onPageChange(changed, { signal, root, kinds: ['childList', 'attributes'], attributes: WATCHED_ATTRIBUTES });
  };

  const fromEvent = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement) || known.has(target) || notReplies.has(target)) return;
    const box = replyBoxOf(target);
    if (box) add(box);
    else notReplies.add(target);
  };

  observe(doc);
  doc.addEventListener('focusin', fromEvent, { capture: true, signal });
  doc.addEventListener('input', fromEvent, { capture: true, signal });
  signal.addEventListener('abort', () => {
    known.clear();
    unrendered.clear();
  });
  scan(doc.documentElement);

  return { boxes: () => [...known.values()].filter((box) => box.field.isConnected) };
}

/**
 * Attach a feature to every reply box as it appears (`attach`), kept in `attached` by field,
 * and dispose of it when its box leaves the page. Everything stops with `signal`.
 */
export function attachToReplyBoxes<T extends { dispose(): void }>(
  doc: Document,
  signal: AbortSignal,
  attached: Map<HTMLElement, T>,
  attach: (box: ReplyBox) => T,
): ReplyBoxWatch {
  return watchReplyBoxes(
    doc,
    signal,
    (box) => attached.set(box.field, attach(box)),
    (box) => {
      attached.get(box.field)?.dispose();
      attached.delete(box.field);
    },
  );
}

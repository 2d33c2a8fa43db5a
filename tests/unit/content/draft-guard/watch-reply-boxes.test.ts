import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReplyBox } from '../../../../entrypoints/sellercentral.content/draft-guard/reply-boxes';
import { attachToReplyBoxes, watchReplyBoxes } from '../../../../entrypoints/sellercentral.content/draft-guard/watch-reply-boxes';
import { mount, shadowHost } from './dom';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watching for reply boxes', () => {
  let controller: AbortController;
  let found: ReplyBox[];
  let gone: ReplyBox[];
  const start = () => watchReplyBoxes(document, controller.signal, (box) => found.push(box), (box) => gone.push(box));

  beforeEach(() => {
    mount('<div id="app"></div>');
    controller = new AbortController();
    found = [];
    gone = [];
  });
  afterEach(() => controller.abort());

  it('reports boxes present at start once, however often the page changes', async () => {
    document.getElementById('app')!.append(document.createElement('textarea'));
    start();
    document.getElementById('app')!.append(document.createElement('span'));
    await settle();
    expect(found).toHaveLength(1);
  });

  it('finds a thread reply box rendered after load (SPA render)', async () => {
    const watch = start();
    expect(found).toEqual([]);
    const reply = document.createElement('div');
    reply.className = 'reply-box';
    reply.append(shadowHost('kat-textarea', '<textarea></textarea>'));
    document.getElementById('app')!.append(reply);
    await settle();
    expect(found.map((box) => box.host.localName)).toEqual(['kat-textarea']);
    expect(watch.boxes()).toHaveLength(1);
  });

  it('finds a textarea a custom element renders into its shadow root after being attached', async () => {
    start();
    const late = document.createElement('kat-textarea');
    document.getElementById('app')!.append(late);
    await settle();
    const root = late.attachShadow({ mode: 'open' });
    root.append(document.createElement('textarea'));
    // Any later change on the page lets the watcher look again.
    document.getElementById('app')!.append(document.createElement('span'));
    await settle();
    expect(found.map((box) => box.host)).toEqual([late]);
  });

  it('picks up a box the observer could not see as soon as the agent focuses it', async () => {
    start();
    const widget = document.createElement('x-widget');
    document.getElementById('app')!.append(widget);
    await settle();
    // Rendered into a shadow root attached after the watcher looked: no observable mutation.
    const field = document.createElement('textarea');
    widget.attachShadow({ mode: 'open' }).append(field);
    expect(found).toEqual([]);

    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));

    expect(found.map((box) => box.field)).toEqual([field]);
  });

  it('reports a box that leaves the page (thread re-rendered), and forgets it', async () => {
    const field = document.createElement('textarea');
    document.getElementById('app')!.append(field);
    const watch = start();
    field.remove();
    await settle();
    expect(gone.map((box) => box.field)).toEqual([field]);
    expect(watch.boxes()).toEqual([]);
  });

  it('stops reporting once the page session ends', async () => {
    start();
    controller.abort();
    document.getElementById('app')!.append(document.createElement('textarea'));
    await settle();
    expect(found).toEqual([]);
  });
});

describe('attaching a feature to every reply box', () => {
  it('keeps one attachment per box while it is in the page and disposes of it when the box leaves', async () => {
    mount('<div id="app"></div>');
    const controller = new AbortController();
    const attached = new Map<HTMLElement, { dispose(): void; disposed: boolean }>();
    attachToReplyBoxes(document, controller.signal, attached, () => ({ disposed: false, dispose() { this.disposed = true; } }));
    const field = document.createElement('textarea');
    document.getElementById('app')!.append(field);
    await settle();
    const attachment = attached.get(field)!;
    expect(attachment.disposed).toBe(false);
    field.remove();
    await settle();
    expect(attached.has(field)).toBe(false);
    expect(attachment.disposed).toBe(true);
    controller.abort();
  });
});

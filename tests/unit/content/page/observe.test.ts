import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observe, onPageChange } from '../../../../entrypoints/sellercentral.content/page/observe';
import { mount } from '../draft-guard/dom';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watching the page', () => {
  let controller: AbortController;
  beforeEach(() => {
    mount('<div id="app"><p class="row">one</p></div>');
    controller = new AbortController();
  });
  afterEach(() => controller.abort());
  const app = () => document.getElementById('app')!;

  it('calls back once for each matching element, present or added later', async () => {
    const seen: string[] = [];
    observe('.row', (row) => seen.push(row.textContent ?? ''), { signal: controller.signal });
    const added = document.createElement('section');
    const two = document.createElement('p');
    two.className = 'row';
    two.textContent = 'two';
    added.append(two, document.createElement('p'));
    app().append(added);
    const three = document.createElement('p');
    three.className = 'row';
    three.textContent = 'three';
    app().append(three);
    app().append(document.createElement('span'));
    await flush();
    expect(seen).toEqual(['one', 'two', 'three']);
  });

  it('stops calling back once the signal aborts', async () => {
    const seen = vi.fn();
    observe('.row', seen, { signal: controller.signal });
    controller.abort();
    const row = document.createElement('p');
    row.className = 'row';
    app().append(row);
    await flush();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('shares one MutationObserver between every subscriber of a document', async () => {
    const Real = globalThis.MutationObserver;
    let created = 0;
    globalThis.MutationObserver = class extends Real {
      constructor(callback: MutationCallback) {
        super(callback);
        created += 1;
      }
    };
    const a = vi.fn();
    const b = vi.fn();
    onPageChange(a, { signal: controller.signal });
    onPageChange(b, { signal: controller.signal });
    observe('.row', () => undefined, { signal: controller.signal });
    app().append(document.createElement('span'));
    await flush();
    globalThis.MutationObserver = Real;
    expect(created).toBe(1);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('tells each subscriber only the kinds of change it asked for', async () => {
    const elements = vi.fn();
    const text = vi.fn();
    const hidden = vi.fn();
    onPageChange(elements, { signal: controller.signal });
    onPageChange(text, { signal: controller.signal, kinds: ['characterData'] });
    onPageChange(hidden, { signal: controller.signal, kinds: ['attributes'], attributes: ['hidden'] });
    app().firstElementChild!.firstChild!.textContent = 'edited';
    await flush();
    app().setAttribute('title', 'ignored');
    await flush();
    app().setAttribute('hidden', '');
    await flush();
    expect([elements.mock.calls.length, text.mock.calls.length, hidden.mock.calls.length]).toEqual([0, 1, 1]);
  });

  it('keeps the others informed when one subscriber leaves or throws', async () => {
    const leaving = new AbortController();
    const gone = vi.fn();
    const stays = vi.fn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onPageChange(() => {
      throw new Error('broken feature');
    }, { signal: controller.signal });
    onPageChange(gone, { signal: leaving.signal });
    onPageChange(stays, { signal: controller.signal });
    leaving.abort();
    app().append(document.createElement('span'));
    await flush();
    expect(gone).not.toHaveBeenCalled();
    expect(stays).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('watches an open shadow root on its own', async () => {
    const host = document.createElement('kat-box');
    app().append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const seen = vi.fn();
    observe('textarea', seen, { signal: controller.signal, root: shadow });
    shadow.append(document.createElement('textarea'));
    await flush();
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CapturePanel, parseTags } from '../../../../entrypoints/sellercentral.content/capture/capture-panel';
import { CaptureStatus, stateOf, type CaptureState } from '../../../../components/capture-status';
import type { CaptureOutcome } from '../../../../utils/capture-protocol';

const outcome = (overrides: Partial<CaptureOutcome> = {}): CaptureOutcome => ({
  id: 'c1',
  seq: 7,
  orderId: '112-4837261-5938217',
  kind: 'order-details',
  source: 'page-button',
  screenshot: 'visible',
  screenshotNote: null,
  images: 1,
  hash: 'a'.repeat(64),
  ...overrides,
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

describe('capture status line', () => {
  it.each<[string, CaptureState, string, RegExp]>([
    ['progress', { status: 'working', done: 3, total: 10 }, 'status', /Capturing the page: 3 of 10/],
    ['a saved capture', { status: 'saved', outcome: outcome() }, 'status', /Saved as evidence #7: Order details of order 112-4837261-5938217 \(visible area, 1 image\)/],
    ['an automatic capture', { status: 'saved', outcome: outcome({ source: 'auto' }) }, 'status', /Saved automatically as evidence #7/],
    [
      'a capture without screenshot, saying why',
      { status: 'saved', outcome: outcome({ screenshot: 'none', images: 0, screenshotNote: 'No screenshot: enable it in the options.' }) },
      'status',
      /text and data only\)\. No screenshot: enable it in the options\./,
    ],
    ['an unchanged revisit', { status: 'unchanged', lastSeq: 4 }, 'status', /unchanged since evidence #4/],
    ['a failure', { status: 'failed', message: 'The disk is full.' }, 'alert', /Not captured: The disk is full\./],
  ])('shows %s', (_name, state, role, text) => {
    render(<CaptureStatus state={state} />, root);
    const line = root.querySelector(`[role="${role}"]`)!;
    expect(line.textContent).toMatch(text);
  });

  it('follows the background’s progress messages', () => {
    expect(stateOf({ phase: 'capturing', done: 1, total: 2 })).toEqual({ status: 'working', done: 1, total: 2 });
    expect(stateOf({ phase: 'failed', message: 'x' })).toEqual({ status: 'failed', message: 'x' });
  });
});

describe('in-page capture panel', () => {
  it.each([
    ['a-to-z, damaged ,  ', ['a-to-z', 'damaged']],
    ['claim,claim, Claim', ['claim', 'Claim']],
    ['', []],
  ])('reads tags %j', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });

  it('captures with the chosen mode, tags and note', async () => {
    const onCapture = vi.fn();
    render(<CapturePanel defaultMode="visible" state={{ status: 'idle' }} onCapture={onCapture} />, root);
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
    await act(() => button('Options').click());
    await act(() => (root.querySelector('input[value="full"]') as HTMLInputElement).click());
    const [tags, note] = [...root.querySelectorAll('input[type="text"]')] as HTMLInputElement[];
    await act(() => {
      tags!.value = 'a-to-z, not received';
      tags!.dispatchEvent(new Event('input', { bubbles: true }));
      note!.value = ' Buyer claims empty box ';
      note!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => button('Capture page').click());
    expect(onCapture).toHaveBeenCalledWith({ fullPage: true, tags: ['a-to-z', 'not received'], note: 'Buyer claims empty box' });
  });

  it('cannot be clicked again while a capture runs', () => {
    render(<CapturePanel defaultMode="full" state={{ status: 'working', done: 0, total: 0 }} onCapture={() => undefined} />, root);
    const capture = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Capture page')!;
    expect(capture.disabled).toBe(true);
    expect(root.querySelector('[role="status"]')!.textContent).toContain('Capturing');
  });
});

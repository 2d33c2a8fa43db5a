import { describe, expect, it } from 'vitest';
import { tourIndex } from '../../../../tools/demo/tour-index';

const HOSTILE = '<img src=x onerror=alert(1)> & "quotes" \'too\'';

function parse(pictures: Array<{ file: string; caption: string }>): Document {
  return new DOMParser().parseFromString(tourIndex(pictures), 'text/html');
}

describe('demo tour index.html', () => {
  it.each([
    { caption: 'The capture panel on an order page.', file: '01-capture-panel.png' },
    { caption: HOSTILE, file: '02-x".png' },
  ])('shows $file with its caption as text only', ({ caption, file }) => {
    const doc = parse([{ file, caption }]);
    const figures = doc.querySelectorAll('figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]!.querySelector('img')!.getAttribute('src')).toBe(file);
    expect(figures[0]!.querySelector('img')!.getAttribute('alt')).toBe(caption);
    expect(figures[0]!.querySelector('figcaption')!.textContent).toBe(`1. ${caption}`);
    expect(doc.querySelectorAll('img')).toHaveLength(1);
  });

  it('has no script and a policy that forbids one', () => {
    const doc = parse([{ file: 'a.png', caption: HOSTILE }]);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
  });

  it('numbers the pictures in order', () => {
    const doc = parse([
      { file: 'a.png', caption: 'first' },
      { file: 'b.png', caption: 'second' },
    ]);
    expect([...doc.querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual(['1. first', '2. second']);
  });
});

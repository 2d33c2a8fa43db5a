import { describe, expect, it } from 'vitest';
import { asciiHostOf } from '../../../../rules/draft/ascii-host';

/** What the link rule used before: the URL parser's host, or null when it refuses the link. */
function parsedHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** A deterministic sequence in [0, 1) (a linear congruential generator), so a failing host can be rebuilt. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const SCRIPTS = ['abcxyz019-', 'абвгдежзиклмнопрстуфхцчшщъыьэюяё', '例子商店网站测试中文一龥', 'ぁあいゖァアイヺ', '가각힣한국', 'ÀéßБⓐ①ｱ٣', '.-'];

function randomUrl(next: () => number): string {
  const labels: string[] = [];
  for (let l = 1 + Math.floor(next() * 4); l > 0; l--) {
    let label = '';
    for (let n = Math.floor(next() * (next() < 0.2 ? 70 : 12)); n > 0; n--) {
      const script = SCRIPTS[Math.floor(next() * (next() < 0.05 ? SCRIPTS.length : SCRIPTS.length - 2))]!;
      label += script[Math.floor(next() * script.length)];
    }
    labels.push(label);
  }
  const tail = ['', '/seite', '?q=1', '#x', ':8080', '/a/b.c', '\\x'][Math.floor(next() * 7)];
  return `${next() < 0.5 ? 'http' : 'https'}://${labels.join('.')}${tail}`;
}

describe('asciiHostOf', () => {
  it.each([
    ['http://пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['https://例子.中国/路径?q=1', 'xn--fsqu00a.xn--fiqs8s'],
    ['http://shop.пример.рф#top', 'shop.xn--e1afmkfd.xn--p1ai'],
    ['http://ааааа.рус', 'xn--80aaaaa.xn--p1acf'],
    ['http://例え.みんな', 'xn--r8jz45g.xn--q9jyb4c'],
  ])('writes %s as the URL parser does: %s', (url, host) => {
    expect(asciiHostOf(url)).toBe(host);
    expect(parsedHost(url)).toBe(host);
  });

  it.each([
    'http://example.com', // ASCII only: the parser's own job
    'http://Пример.рф', // upper case, which IDNA maps
    'http://bücher.de', // a letter outside the scripts converted
    'http://пример.123', // a number as the top-level label: an IPv4 address or nothing
    'http://пример.0x1',
    'http://xn--e1afmkfd.рф', // Punycode written out
    'http://-пример.рф', // hyphens a strict parser refuses
    'http://пр--имер.рф',
    'http://пример..рф',
    'http://пример.рф:8080',
    'http://user@пример.рф',
    'ftp://пример.рф',
    `http://${'я'.repeat(60)}.рф`, // a label longer than DNS allows once encoded
  ])('leaves %s to the URL parser', (url) => {
    expect(asciiHostOf(url)).toBeUndefined();
  });

  it('agrees with the URL parser on every host it converts', () => {
    const next = sequence(16);
    let converted = 0;
    const disagreements: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const url = randomUrl(next);
      const host = asciiHostOf(url);
      if (host === undefined) continue;
      converted++;
      if (host !== parsedHost(url)) disagreements.push(url);
    }
    expect(disagreements).toEqual([]);
    expect(converted).toBeGreaterThan(2_000);
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../storage/chain/canonical-json';
import { hashCanonical, sha256Hex } from '../../../../storage/chain/sha256';

describe('canonicalJson', () => {
  it.each([
    ['keys sorted', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ['nested keys sorted', { z: { y: 1, x: [{ d: 1, c: 2 }] } }, '{"z":{"x":[{"c":2,"d":1}],"y":1}}'],
    ['array order kept', [3, 1, 2], '[3,1,2]'],
    ['nested arrays', [[1, [2, []]], {}], '[[1,[2,[]]],{}]'],
    ['no whitespace', { a: [1, 2], b: 'x y' }, '{"a":[1,2],"b":"x y"}'],
    ['undefined properties left out', { a: undefined, b: null }, '{"b":null}'],
    ['numbers in shortest form', [1.0, 0.1, 1e21, -0, 5e-7, 123456789012], '[1,0.1,1e+21,0,5e-7,123456789012]'],
    ['unicode kept as is', { name: 'Jürgen 山田 😀' }, '{"name":"Jürgen 山田 😀"}'],
    ['control characters escaped', 'a\nb\t"\\', '"a\\nb\\t\\"\\\\"'],
    ['lone surrogate escaped', '\ud800', '"\\ud800"'],
    // UTF-16 code unit order: 'Z' < 'a' < 'é' < '😀' (surrogate pair starts 0xD83D) < '\uffff'
    ['keys in code-unit order', { '\uffff': 1, '😀': 2, é: 3, a: 4, Z: 5 }, '{"Z":5,"a":4,"é":3,"😀":2,"\uffff":1}'],
  ])('%s', (_name, input, expected) => {
    expect(canonicalJson(input)).toBe(expected);
  });

  it('gives the same text whatever order the keys were built in', () => {
    const one = { order: { id: '112-3456789-0123456', items: [{ asin: 'B0ABCDEFGH', qty: 1 }] }, text: 'x' };
    const two = { text: 'x', order: { items: [{ qty: 1, asin: 'B0ABCDEFGH' }], id: '112-3456789-0123456' } };
    expect(canonicalJson(two)).toBe(canonicalJson(one));
  });

  it.each([
    ['NaN', { a: Number.NaN }, '$.a'],
    ['Infinity', [1, Infinity], '$[1]'],
    ['undefined in an array', [undefined], '$[0]'],
    ['a Date', { at: new Date(0) }, '$.at'],
    ['a bigint', { n: BigInt(1) }, '$.n'],
    ['a function', { f: () => 1 }, '$.f'],
  ])('refuses %s instead of changing it', (_name, input, path) => {
    expect(() => canonicalJson(input)).toThrow(path);
  });
});

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j to the published SHA-256 test vector', async (input, hex) => {
    expect(await sha256Hex(input)).toBe(hex);
  });

  it('hashes strings as UTF-8 bytes, the same as the bytes themselves', async () => {
    const text = 'Jürgen 山田 😀';
    expect(await sha256Hex(text)).toBe(await sha256Hex(new TextEncoder().encode(text)));
    expect(await sha256Hex(new Blob([text]))).toBe(await sha256Hex(text));
  });

  it('hashes equal values with different key order the same, and different values differently', async () => {
    expect(await hashCanonical({ a: 1, b: [1, 2] })).toBe(await hashCanonical({ b: [1, 2], a: 1 }));
    expect(await hashCanonical({ a: 1, b: [1, 2] })).not.toBe(await hashCanonical({ a: 1, b: [2, 1] }));
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../locales/current';
import { hasCode, isQuotaError, logError, SellerGuardError, userSentence } from '../../../utils/errors';

describe('one error type', () => {
  it('carries a code, a sentence for the agent by default, and the field at fault', () => {
    const error = new SellerGuardError('invalid-input', 'notes: required', { field: 'notes' });
    expect(error).toMatchObject({ code: 'invalid-input', message: 'notes: required', field: 'notes' });
    expect(new SellerGuardError('quota').message).toBe(userSentence('quota'));
  });

  afterEach(() => setLanguage('en'));

  it.each([
    ['en', 'The disk is full or the browser refused more storage. Nothing earlier was lost.'],
    ['de', 'Der Datenträger ist voll oder der Browser verweigert weiteren Speicher. Nichts Früheres ging verloren.'],
    ['zh-CN', '磁盘已满或浏览器拒绝提供更多存储空间。之前的数据均未丢失。'],
  ] as const)('says the default sentence in the agent language (%s)', (language, expected) => {
    setLanguage(language);
    expect(new SellerGuardError('quota').message).toBe(expected);
  });

  it('tells codes apart, and nothing else is one of them', () => {
    const refused = new SellerGuardError('restore-refused', 'Nothing was restored.', { problems: ['manifest.json is missing.'] });
    expect(hasCode(refused, 'zip-format', 'restore-refused')).toBe(true);
    expect(hasCode(refused, 'restore-write')).toBe(false);
    expect(hasCode(new Error('restore-refused'), 'restore-refused')).toBe(false);
    expect(refused.problems).toEqual(['manifest.json is missing.']);
  });
});

describe('recognising a full disk or a screenshot quota', () => {
  it.each([
    ['a QuotaExceededError', new DOMException('x', 'QuotaExceededError'), true],
    ['Dexie wrapping one', { name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } }, true],
    ['a cause wrapping one', new Error('save failed', { cause: new Error('Quota exceeded') }), true],
    ["Chrome's screenshot quota", new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.'), true],
    ['any other failure', new Error('Tab gone'), false],
    ['nothing', null, false],
  ])('%s', (_name, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('logging', () => {
  it('says "the extension was reloaded" once, quietly, however many features fail on it', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logError('watchlist banner', new Error('Extension context invalidated.'));
    logError('watchlist badges', new Error('Extension context invalidated.'));
    logError('auto-capture', new Error('boom'));
    expect(info).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toBe('[Seller Guard] auto-capture:');
    info.mockRestore();
    error.mockRestore();
  });
});

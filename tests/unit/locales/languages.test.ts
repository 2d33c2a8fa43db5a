import { describe, expect, it } from 'vitest';
import { languageForTag, resolveLanguage } from '../../../locales/languages';

describe('interface language', () => {
  it.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['de', 'de'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh_Hans', 'zh-CN'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
  ])('the browser in %s gets %s', (tag, expected) => {
    expect(languageForTag(tag)).toBe(expected);
  });

  it.each([
    ['auto', 'de-DE', 'de'],
    ['en', 'de-DE', 'en'],
    ['de', 'en-US', 'de'],
    ['zh-CN', 'en-US', 'zh-CN'],
  ] as const)('the setting %s in a %s browser shows %s', (choice, tag, expected) => {
    expect(resolveLanguage(choice, tag)).toBe(expected);
  });
});

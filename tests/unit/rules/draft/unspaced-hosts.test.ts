import { describe, expect, it } from 'vitest';
import { afterLeadIn } from '../../../../rules/draft/unspaced-hosts';
import { found } from './found';

describe('hosts glued to Chinese and Japanese words', () => {
  it.each([
    ['请访问例子.公司看看', '例子.公司'],
    ['请访问 例子.公司 看看', '例子.公司'],
    ['打开例子.中国就能看到', '例子.中国'],
    ['照片链接例子.公司。', '例子.公司'],
    ['壊れた部分の動画はサンプル.みんなに上げました。', 'サンプル.みんな'],
    ['詳しくは例え.みんなをご覧ください', '例え.みんな'],
    ['サイトはれい.みんなです', 'れい.みんな'],
    // No lead-in word: the host starts where the run of letters starts (a name cannot be told from the words glued to it).
    ['我的例子.公司', '我的例子.公司'],
  ])('%s → %s', (text, host) => {
    expect(found(text, 'link')).toEqual([['link.domain', host]]);
  });

  it.each([
    ['请访问在线商城', '在线商城'],
    ['访问', '访问'],
    ['例子', '例子'],
    ['bücher', 'bücher'],
  ])('afterLeadIn(%s) keeps %s', (label, kept) => {
    expect(label.slice(afterLeadIn(label, 0, label.length))).toBe(kept);
  });
});

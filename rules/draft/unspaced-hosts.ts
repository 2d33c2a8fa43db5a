import { parse } from 'tldts';

/**
 * Where a host written in Chinese or Japanese begins and ends when no space sets it apart
 * (`请访问例子.公司看看`, `動画はサンプル.みんなにあります`). Nothing in the characters says
 * where a name stops, so two linear guesses bound it:
 * - the end: the longest start of the last label that is a public suffix (`公司` of `公司看看`);
 * - the start: just after the last lead-in word or particle inside the first label ("visit",
 *   "open", "the link", "at", "の動画は": `访问`, `打开`, `链接`, `は`, `を`…). With none, the
 *   host starts where the run of letters starts, and may still hold the words before it
 *   (`壊れた部分` in `壊れた部分サンプル.みんな`): a name cannot be told from the words glued to it.
 */

/** Han, kana and Hangul: scripts written without spaces, where a host's ends must be guessed. */
export const UNSPACED_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Lead-in words a host follows in running text: Chinese verbs and nouns of visiting and
 * linking, and the Japanese particles は/を/に/へ/で/から/まで (only before a kanji or katakana,
 * so a name in hiragana is not cut inside).
 */
const LEAD_IN_RE = new RegExp([
  String.raw`(?:访问|訪問|打开|打開|登录|登錄|登陆|進入|进入|浏览|瀏覽|前往|点击|點擊|点开|網址|网址|网站|網站|链接|鏈接|連結|地址|官网|官網|查看|看看|上传到|上传至|放在|发到|發到|发至|发送到|寄到|见|見)`,
  String.raw`(?:から|まで|[はをにへで])(?=[\u30a0-\u30ff\u3400-\u9fff])`,
  String.raw`(?:サイト|アクセス|リンク|アドレス|ページ)(?:は|を|に|へ|で|から)?`,
].join('|'), 'g');

/**
 * The offset just after the last lead-in inside `[start, end)` of `text` (the first label of
 * a host or the mailbox name of an address), or `start` when there is none or the cut would
 * leave nothing. Linear in `end - start`.
 */
export function afterLeadIn(text: string, start: number, end: number): number {
  const label = text.slice(start, end);
  if (!UNSPACED_RE.test(label)) return start;
  let cut = 0;
  LEAD_IN_RE.lastIndex = 0;
  for (let m = LEAD_IN_RE.exec(label); m; m = LEAD_IN_RE.exec(label)) cut = m.index + m[0].length;
  return cut > 0 && cut < label.length ? start + cut : start;
}

/** Whether a host ends in a suffix of the ICANN section of the Public Suffix List. */
export type IcannTest = (host: string) => boolean;

/**
 * A fresh `IcannTest` that asks tldts once per distinct host. Make one per analysis: a draft
 * that repeats a host (or a top-level domain glued to words) pays for its parse once.
 */
export function icannTest(): IcannTest {
  const seen = new Map<string, boolean>();
  return (host) => {
    let icann = seen.get(host);
    if (icann === undefined) {
      icann = parse(host).isIcann === true;
      seen.set(host, icann);
    }
    return icann;
  };
}

/**
 * `suffixPrefix`'s answers per suffix test, so per analysis: a top-level domain glued to the
 * same words (`中国查看`) recurs with every host of a hostile draft, each answer up to 11 look-ups.
 */
const PREFIXES = new WeakMap<IcannTest, Map<string, string | null>>();

/** The longest start of `label` that is a public suffix, for a TLD glued to the next words. */
export function suffixPrefix(label: string, isIcann: IcannTest = icannTest()): string | null {
  let known = PREFIXES.get(isIcann);
  if (!known) PREFIXES.set(isIcann, (known = new Map()));
  let prefix = known.get(label);
  if (prefix === undefined) {
    prefix = null;
    for (let n = Math.min(label.length, 12); n >= 2 && prefix === null; n--) {
      if (isIcann(`x.${label.slice(0, n)}`)) prefix = label.slice(0, n);
    }
    known.set(label, prefix);
  }
  return prefix;
}

/**
 * The end of the host `text.slice(start, end)` once a top-level domain glued to the words after
 * it is cut back to its public-suffix part; `end` when the host is already on the list, null when
 * it is not a host on the Public Suffix List at all.
 */
export function icannHostEnd(text: string, start: number, end: number, isIcann: IcannTest = icannTest()): number | null {
  const host = text.slice(start, end);
  if (isIcann(host)) return end;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  const cut = UNSPACED_RE.test(tld) ? suffixPrefix(tld, isIcann) : null;
  return cut ? end - (tld.length - cut.length) : null;
}

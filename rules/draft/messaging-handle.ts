import { quote, report, type DraftScan } from './scan';

/**
 * `messaging-handle`: WhatsApp, WeChat/微信, Telegram, LINE, Skype, Instagram, Facebook,
 * Signal, Viber, KakaoTalk (and QQ, Threema, Snapchat, TikTok, Discord) handles or invitations.
 * Apps whose names are not everyday words are flagged wherever they are named; LINE, Signal,
 * Instagram, Facebook and the like only with an invitation ("follow us on", "add me on"),
 * a possessive ("our Instagram") or a handle ("IG: @shop", "LINEで友だち追加").
 */

const STRONG_RE = /whats\s?app|watsapp|wechat|we\s?chat|weixin|微信|威信|薇信|v信|telegram|viber|kakao\s?talk|카카오톡|카톡|カカオトーク|skype|threema|ワッツアップ|テレグラム|スカイプ|ウィーチャット|\bQQ(?=\s*(?:[:号群]|\d))|\b(?:VX|vx|Vx|wx|WX)(?=\s*[:：]|\s+[a-z0-9_]{4,})|加我?[Vv](?![a-z])/gi;
/** LINE only in capitals ("line" is a word): "LINE ID", "LINEで友だち追加". */
const LINE_RE = /\bLINE\b|\bLine\b(?=\s*(?:ID|@))|ライン(?=\s*(?:ID|で|の|@|友))/g;
const CONTEXTUAL_RE = /\bkakao\b|\bsignal\b|instagram|\binsta\b|\bIG\b|facebook|\bFB\b|messenger|tiktok|snapchat|discord|twitter/gi;
const INVITE_BEFORE_RE = new RegExp([
  String.raw`(?:add|follow|find|contact|message|text|dm|reach|chat|join|write|ping|hit|talk to|catch)\s+(?:me|us)?\s*(?:up\s+)?(?:on|via|at|in|through|over)`,
  String.raw`(?:folg|schreib|kontaktier|erreich|find|add|füg)\w*[^.!?\n]{0,20}\b(?:auf|über|per|bei|via)`,
  String.raw`(?:suivez|contactez|ajoutez|écrivez|retrouvez|rejoignez)[^.!?\n]{0,15}\b(?:sur|via|par)`,
  String.raw`(?:sígu|sigue|escrib|contáct|contact|agrég|añád|encuéntr|búsc|únete)\w*[^.!?\n]{0,15}\b(?:en|por|vía)`,
  String.raw`(?:segu|scriv|contatt|aggiung|trovac|unisciti)\w*[^.!?\n]{0,15}\b(?:su|via|per|tramite)`,
  String.raw`\b(?:my|our|mein\w*|unser\w*|mon|ma|notre|nos|mi|mis|nuestr[oa]s?|il mio|il nostro|i nostri|私の|当店の|弊社の|我的|我们的)`,
  String.raw`关注|加我|加`,
].map((p) => `(?:${p})\\s*$`).join('|'), 'i');
const HANDLE_AFTER_RE = /^\s*(?:ID|id|号|號|账号|アカウント|account|handle|user\s?name|name)?\s*(?:[:：=]\s*(?:@?[a-z][\w.-]{2,31}|live:[\w.:-]+|\+?\d)|[(（]?\s*@[a-z][\w.]{2,29})|^\s*(?:で|に|@|追加|友だち|友達|公式|ID)/i;
const ATTACHED_HANDLE_RE = /^\s*(?:ID|id|号|號|账号|アカウント|account|handle|user\s?name)?\s*(?:[:：=]\s*(@?[a-z][\w.-]{2,31}|live:[\w.:-]+)|[(（]?\s*(@[a-z][\w.]{2,29}))/i;
const QQ_NUMBER_RE = /^\s*(?:号|號)?\s*[:：]?\s*\d{5,12}/;
const AT_HANDLE_RE = /(?<![\w.@+-])@[a-z][a-z0-9._]{2,29}(?![\w@])/gi;

const APP_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/whats|watsapp|ワッツ/i, 'WhatsApp'], [/chat|weixin|微信|威信|薇信|v信|ウィーチャット|^vx$|^wx$/i, 'WeChat'],
  [/telegram|テレグラム/i, 'Telegram'], [/viber/i, 'Viber'], [/kakao|카카오|카톡|カカオ/i, 'KakaoTalk'],
  [/skype|スカイプ/i, 'Skype'], [/^加我?v$/i, 'WeChat'], [/threema/i, 'Threema'], [/qq/i, 'QQ'], [/line|ライン/i, 'LINE'],
  [/signal/i, 'Signal'], [/insta|^ig$/i, 'Instagram'], [/messenger/i, 'Facebook Messenger'],
  [/facebook|^fb$/i, 'Facebook'], [/tiktok/i, 'TikTok'], [/snapchat/i, 'Snapchat'], [/discord/i, 'Discord'],
  [/twitter/i, 'X (Twitter)'],
];

function appName(found: string): string {
  return APP_NAMES.find(([re]) => re.test(found))?.[1] ?? found;
}

/** Report messaging-app names with an invitation or handle, and bare `@handles`. */
export function detectMessagingHandles(scan: DraftScan): void {
  const { text } = scan;
  STRONG_RE.lastIndex = 0;
  for (let m = STRONG_RE.exec(text); m; m = STRONG_RE.exec(text)) app(scan, m.index, m[0]);
  for (const re of [LINE_RE, CONTEXTUAL_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (INVITE_BEFORE_RE.test(before) || HANDLE_AFTER_RE.test(text.slice(end, end + 40))) app(scan, m.index, m[0]);
    }
  }
  if (!text.includes('@')) return;
  AT_HANDLE_RE.lastIndex = 0;
  for (let m = AT_HANDLE_RE.exec(text); m; m = AT_HANDLE_RE.exec(text)) {
    const end = m.index + m[0].replace(/\.+$/, '').length;
    if (/^\.[a-z]{2,}/i.test(text.slice(end, end + 4))) continue; // a domain, left to link/email
    report(scan, 'messaging-handle.at-handle', 'messaging-handle', m.index, end,
      'draft.finding.messaging-handle.at-handle', { quote: quote(scan, m.index, end) });
  }
}

function app(scan: DraftScan, start: number, found: string): void {
  let end = start + found.length;
  const attached = (/^qq$/i.test(found) ? QQ_NUMBER_RE : ATTACHED_HANDLE_RE).exec(scan.text.slice(end, end + 48));
  if (attached) end += attached[0].replace(/\.+$/, '').length;
  const name = appName(found.trim());
  report(scan, 'messaging-handle.app', 'messaging-handle', start, end,
    'draft.finding.messaging-handle.app', { quote: quote(scan, start, end), app: name });
}

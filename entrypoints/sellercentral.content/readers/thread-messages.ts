import type { ThreadMessage } from '../../../rules/page/page-data';
import { foldText } from '../../../rules/search/search-tokens';
import { visibleLines, visibleText } from './dom-text';
import { cleanText } from './page-context';
import { AMAZON_SENDERS, MESSAGE_CLASS_WORDS, SALES_CHANNEL_RE, SELECTORS } from './page-vocabulary';
import type { CaseJsonMessage } from './seller-central-json';
import { parseMessageTime } from './message-time';

/** True for the case list's entries (a link to a case), which are no messages of the open thread. */
function isCaseListEntry(element: Element): boolean {
  return element.matches(SELECTORS.caseLink) || element.querySelector(SELECTORS.caseLink) !== null;
}

/** The message elements of a thread: `.message-component`, else list items in the thread pane that open no case. */
export function messageElements(body: Element): Element[] {
  for (const selector of SELECTORS.messages) {
    const found = [...body.querySelectorAll(selector)];
    if (found.length) return found;
  }
  const pane = SELECTORS.threadPane.map((selector) => body.querySelector(selector)).find(Boolean) ?? body;
  for (const selector of SELECTORS.messagesByRole) {
    const found = [...pane.querySelectorAll(selector)].filter((element) => !isCaseListEntry(element));
    if (found.length) return found;
  }
  return [];
}

/** The parts of one message: header (sender, time) and body, by class or, drifted, by position. */
function partsOf(message: Element) {
  const byClass = (selectors: readonly string[]) => selectors.map((selector) => message.querySelector(selector)).find(Boolean) ?? null;
  const children = [...message.children].filter((child) => !child.matches(SELECTORS.alert));
  const header = children.length > 1 ? children[0]! : null;
  const timeElement = byClass(SELECTORS.messageDate) ?? header?.querySelector(SELECTORS.messageTime) ?? null;
  // A header part holding the time is not the sender ("<time>3. Nov. 2025</time>" alone: no sender shown).
  const headerParts = header ? [...header.children].filter((part) => !(timeElement && part.contains(timeElement))) : [];
  const time = cleanText(timeElement?.textContent) ?? cleanText(headerParts[1]?.textContent);
  const firstHeaderLine = header ? (visibleLines(header)[0] ?? null) : null;
  return {
    body: byClass(SELECTORS.messageBody) ?? (children.length > 1 ? children[1]! : (children[0] ?? null)),
    sender:
      cleanText(byClass(SELECTORS.messageSender)?.textContent) ??
      cleanText(headerParts[0]?.textContent) ??
      (firstHeaderLine && !firstHeaderLine.includes(time ?? '\u0000') ? firstHeaderLine : null),
    time,
  };
}

/** The element holding a message's text (excluded when scanning the page for banners). */
export function messageBodyOf(message: Element): Element | null {
  return partsOf(message).body;
}

/** A message's text exactly as written: its text content when plain, else its visible text. */
function messageText(body: Element | null): string {
  if (!body) return '';
  // A Katal host draws its text in its shadow root: its own text content is empty.
  return body.childElementCount === 0 && !body.shadowRoot ? (body.textContent ?? '').trim() : visibleText(body);
}

const AMAZON_DOMAIN = new RegExp(`^${SALES_CHANNEL_RE.source}$`, 'i');

/** "Amazon", "Amazon Seller Support", "Amazon.co.jp": a message from Amazon itself. */
function isAmazonSender(sender: string | null): boolean {
  return Boolean(sender && (AMAZON_SENDERS.some((name) => same(name, sender)) || AMAZON_DOMAIN.test(sender)));
}

const same = (a: string | null, b: string | null) => Boolean(a && b && a.toLowerCase() === b.toLowerCase());

/** Seller Central's own word for who wrote a message (`creator.partyRole` in the case JSON). */
const JSON_ROLES: Record<string, ThreadMessage['direction']> = { BUYER: 'buyer', SELLER: 'seller', AMAZON: 'amazon' };

/**
 * Who wrote a message: Seller Central's case JSON when it has the message; else Amazon by
 * sender name, the buyer by a received/incoming class or the buyer's name, the seller by a
 * sent/outgoing class or on the known thread markup (`.message-component`, where the buyer's
 * messages carry `received`); else `unknown` rather than a guess.
 */
function directionOf(message: Element, sender: string | null, buyerName: string | null, jsonRole: string | null): ThreadMessage['direction'] {
  const fromJson = jsonRole ? JSON_ROLES[jsonRole.toUpperCase()] : undefined;
  if (fromJson) return fromJson;
  const classes = message.getAttribute('class') ?? '';
  if (isAmazonSender(sender)) return 'amazon';
  if (message.matches(SELECTORS.receivedMessage) || MESSAGE_CLASS_WORDS.buyer.pattern.test(classes)) return 'buyer';
  if (MESSAGE_CLASS_WORDS.seller.pattern.test(classes)) return 'seller';
  if (same(sender, buyerName)) return 'buyer';
  if (SELECTORS.messages.some((selector) => message.matches(selector))) return 'seller';
  // A named sender who is neither Amazon nor anything like the buyer ("Lukas S." is) is the seller.
  return sender && buyerName && !sharesAWord(sender, buyerName) ? 'seller' : 'unknown';
}

const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
const sharesAWord = (a: string, b: string) => words(a).some((word) => words(b).includes(word));

/** One message: who wrote it, when (as displayed; ISO from the case JSON or an English time), what. */
export function readMessage(message: Element, buyerName: string | null, jsonMessages: CaseJsonMessage[]): ThreadMessage {
  const parts = partsOf(message);
  const text = messageText(parts.body);
  const normalized = text.replace(/\s+/g, ' ');
  const fromJson = jsonMessages.find((candidate) => candidate.text.replace(/\s+/g, ' ').trim() === normalized);
  return {
    direction: directionOf(message, parts.sender, buyerName, fromJson?.role ?? null),
    sender: parts.sender,
    time: parts.time,
    timeIso: fromJson?.timeIso ?? parseMessageTime(parts.time),
    text,
  };
}

import { detectEmails } from '../draft/email';
import { detectLinks } from '../draft/link';
import { findLinkHits, type LinkHit } from '../draft/link-scan';
import { detectMessagingHandles } from '../draft/messaging-handle';
import { findSpacedRuns } from '../draft/obfuscation';
import { detectOffPlatform } from '../draft/off-platform';
import { detectPhones } from '../draft/phone';
import { findSafeSpans } from '../draft/safe-spans';
import { createScan, foldWidth, mergeSpans, overlapsAny } from '../draft/scan';
import type { DraftFinding } from '../draft/types';
import { assessAttachments } from './attachments';
import { findBuyerPhrases } from './buyer-phrases';
import { judgeLink } from './link-verdict';
import type { BuyerAttachment, BuyerCategory, BuyerFinding, LinkVerdict } from './types';

/** Longest message text read; a buyer message is capped far below this by Amazon. */
const MAX_MESSAGE = 20_000;

const LINK_RULE: Record<Exclude<LinkVerdict['kind'], 'amazon' | 'carrier'>, [BuyerCategory, string]> = {
  homoglyph: ['lookalike-link', 'homoglyph'],
  punycode: ['lookalike-link', 'punycode'],
  'brand-inside': ['lookalike-link', 'brand-inside'],
  typo: ['lookalike-link', 'typo'],
  shortener: ['hidden-link', 'shortener'],
  ip: ['hidden-link', 'ip'],
  outside: ['outside-link', 'outside'],
};

/** Draft categories that, in a buyer's words, move the conversation off Amazon. */
const OFF_PLATFORM_FROM_DRAFT = new Set(['email', 'phone', 'messaging-handle', 'off-platform']);

function quoted(text: string, start: number, end: number): string {
  const raw = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `"${raw.length > 60 ? `${raw.slice(0, 57)}…` : raw}"`;
}

/**
 * The draft engine's detectors that matter in a buyer's words (links, emails, phones,
 * messenger handles, moving off Amazon), run on one shared scan; the seller-side rules
 * (marketing, review incentives, formatting) are not run.
 */
function contactFindings(source: string, folded: string, hits: readonly LinkHit[]): DraftFinding[] {
  const scan = createScan(source, {}, findSafeSpans(folded), folded, source.length, false);
  const spaced = findSpacedRuns(folded);
  detectEmails(scan, hits, spaced);
  detectLinks(scan, hits, spaced);
  detectPhones(scan);
  detectMessagingHandles(scan);
  detectOffPlatform(scan);
  // A "handle" inside an email address ("@shop" of "anna@shop.de") is part of that address.
  const addresses = mergeSpans(scan.findings.filter((f) => f.category === 'email'));
  return scan.findings.filter((f) => f.category !== 'messaging-handle' || !overlapsAny(addresses, f.start, f.end));
}

function linkFindings(text: string, hits: readonly LinkHit[]): BuyerFinding[] {
  const findings: BuyerFinding[] = [];
  for (const hit of hits) {
    if (hit.schema === 'mailto:') continue;
    const verdict = judgeLink(hit.url, hit.raw);
    if (!verdict || verdict.kind === 'amazon' || verdict.kind === 'carrier') continue;
    const [category, what] = LINK_RULE[verdict.kind];
    findings.push({
      ruleId: `${category}.${what}`, category, severity: category === 'outside-link' ? 'warn' : 'high',
      start: hit.start, end: hit.end, messageKey: `buyer.finding.${category}.${what}` as BuyerFinding['messageKey'],
      params: { quote: quoted(text, hit.start, hit.end), host: verdict.host, site: verdict.site, brand: verdict.brand ?? '' },
      link: verdict,
    });
  }
  return findings;
}

/**
 * Everything risky in one buyer message: links outside Amazon and look-alikes of it, hidden
 * links (shorteners, bare IPs), requests to talk or pay outside Amazon, requests for the
 * seller's login or codes, review threats, and risky attachment names. Pure and linear; the
 * same draft engine that guards the seller's replies finds the links, addresses, numbers and
 * messenger handles. Amazon's own links, carrier tracking pages, order ids and tracking
 * numbers raise nothing.
 *
 * @example
 * assessBuyerMessage('Refund me now or I leave a 1-star review')
 * // [{ ruleId: 'review-threat.threat', category: 'review-threat', severity: 'high', … }]
 */
export function assessBuyerMessage(text: string, attachments: readonly BuyerAttachment[] = []): BuyerFinding[] {
  const source = text.slice(0, MAX_MESSAGE);
  const folded = foldWidth(source);
  const hits = findLinkHits(folded);
  const findings = linkFindings(source, hits);
  for (const f of contactFindings(source, folded, hits)) {
    if (f.ruleId === 'link.obfuscated') {
      findings.push({ ruleId: 'outside-link.spelled', category: 'outside-link', severity: 'warn', start: f.start, end: f.end,
        messageKey: 'buyer.finding.outside-link.spelled', params: { quote: quoted(source, f.start, f.end) } });
    } else if (OFF_PLATFORM_FROM_DRAFT.has(f.category)) {
      findings.push({ ruleId: `off-platform.${f.category}`, category: 'off-platform', severity: 'warn', start: f.start, end: f.end,
        messageKey: 'buyer.finding.off-platform.contact', params: { quote: quoted(source, f.start, f.end) } });
    }
  }
  for (const m of findBuyerPhrases(folded)) {
    const messageKey = m.category === 'off-platform' ? 'buyer.finding.off-platform.contact' : `buyer.finding.${m.ruleId}`;
    findings.push({ ...m, messageKey: messageKey as BuyerFinding['messageKey'],
      params: { quote: quoted(source, m.start, m.end) } });
  }
  findings.push(...assessAttachments(attachments));
  return findings.sort((a, b) => a.start - b.start);
}

/** The categories of a message's findings, once each, most severe first. */
export function buyerCategories(findings: readonly BuyerFinding[]): BuyerCategory[] {
  const order = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1));
  return [...new Set(order.map((f) => f.category))];
}

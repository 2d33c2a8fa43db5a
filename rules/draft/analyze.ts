import { detectBlockedTerms } from './blocked-terms';
import { detectEmails } from './email';
import { detectFormatting } from './formatting';
import { detectLinks } from './link';
import { findLinkHits } from './link-scan';
import { detectMarketing } from './marketing';
import { detectMessagingHandles } from './messaging-handle';
import { findSpacedRuns } from './obfuscation';
import { detectOffPlatform } from './off-platform';
import { detectPhones } from './phone';
import { detectReviewManipulation } from './review-manipulation';
import { findSafeSpans } from './safe-spans';
import { createScan, type DraftScan, foldWidth, MAX_ANALYZED_LENGTH, report } from './scan';
import { detectSensitiveData } from './sensitive-data';
import type { DraftCategory, DraftFinding, DraftOptions } from './types';

/**
 * Find every policy risk in a reply draft: contact details, links, messaging apps, requests
 * to leave Amazon, requests for sensitive data, review manipulation, marketing, formatting.
 * Pure and synchronous; safe to call on every keystroke (well under a millisecond for a
 * 2,000-character draft).
 *
 * Findings are sorted by `start`; a category never reports two overlapping spans. Offsets
 * are UTF-16 indexes into `text`, so `text.slice(f.start, f.end)` is the risky span.
 *
 * @example
 * analyzeDraft('Email me at anna@shop.de')
 * // [{ ruleId: 'off-platform.direct-contact', category: 'off-platform', severity: 'block', start: 0, end: 8, … },
 * //  { ruleId: 'email.address', category: 'email', severity: 'block', start: 12, end: 24, … }, …]
 */
export function analyzeDraft(text: string, options: DraftOptions = {}): DraftFinding[] {
  if (!text) return [];
  const checked = text.slice(0, analysedLength(text));
  const folded = foldWidth(checked);
  const scan = createScan(checked, options, findSafeSpans(folded), folded, text.length);
  const hits = findLinkHits(folded);
  const spaced = findSpacedRuns(folded);
  detectEmails(scan, hits, spaced);
  detectLinks(scan, hits, spaced);
  detectPhones(scan);
  detectMessagingHandles(scan);
  detectSensitiveData(scan);
  detectOffPlatform(scan);
  detectReviewManipulation(scan);
  detectMarketing(scan);
  detectFormatting(scan);
  detectBlockedTerms(scan);
  if (checked.length < text.length) reportUnchecked(scan, checked.length);
  return settle(scan.findings);
}

/** `MAX_ANALYZED_LENGTH`, one less when that would split a surrogate pair (an emoji). */
function analysedLength(text: string): number {
  if (text.length <= MAX_ANALYZED_LENGTH) return text.length;
  const last = text.charCodeAt(MAX_ANALYZED_LENGTH - 1);
  return last >= 0xd800 && last <= 0xdbff ? MAX_ANALYZED_LENGTH - 1 : MAX_ANALYZED_LENGTH;
}

function reportUnchecked(scan: DraftScan, from: number): void {
  report(scan, 'unchecked.past-limit', 'unchecked', from, scan.draftLength,
    'draft.finding.unchecked.past-limit', { from, length: scan.draftLength, rest: scan.draftLength - from });
}

/** A link or phone inside an email address is part of that address, not a finding of its own. */
const COVERED_BY: Partial<Record<DraftCategory, readonly DraftCategory[]>> = {
  link: ['email'],
  phone: ['email', 'link'],
  'messaging-handle': ['email'],
};

/**
 * Sort by start (longest first), drop overlaps within a category and spans covered by another.
 * Every kept finding starts at or before the current one, so the furthest end kept per category
 * answers both questions: one pass, however many findings a hostile draft produces.
 */
function settle(findings: DraftFinding[]): DraftFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DraftFinding[] = [];
  const furthest = new Map<DraftCategory, number>();
  for (const f of findings) {
    const covers = COVERED_BY[f.category] ?? [];
    const clash = (furthest.get(f.category) ?? -1) > f.start || covers.some((c) => (furthest.get(c) ?? -1) >= f.end);
    if (clash) continue;
    kept.push(f);
    furthest.set(f.category, Math.max(furthest.get(f.category) ?? -1, f.end));
  }
  return kept;
}

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
import { createScan, foldWidth } from './scan';
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
  const folded = foldWidth(text);
  const scan = createScan(text, options, findSafeSpans(folded), folded);
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
  return settle(scan.findings);
}

/** A link or phone inside an email address is part of that address, not a finding of its own. */
const COVERED_BY: Partial<Record<DraftCategory, readonly DraftCategory[]>> = {
  link: ['email'],
  phone: ['email', 'link'],
  'messaging-handle': ['email'],
};

/** Sort by start (longest first), drop overlaps within a category and spans covered by another. */
function settle(findings: DraftFinding[]): DraftFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DraftFinding[] = [];
  for (const f of findings) {
    const covers = COVERED_BY[f.category] ?? [];
    const clash = kept.some((k) => k.start < f.end && f.start < k.end
      && (k.category === f.category || (covers.includes(k.category) && k.start <= f.start && f.end <= k.end)));
    if (!clash) kept.push(f);
  }
  return kept;
}

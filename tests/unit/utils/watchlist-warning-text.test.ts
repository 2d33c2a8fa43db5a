import { describe, expect, it } from 'vitest';
import {
  badgeDescription,
  badgeText,
  hitHeadline,
  linkedOrdersText,
  matchedByText,
  sinceText,
} from '../../../utils/watchlist-warning-text';
import { addedMessage } from '../../../entrypoints/sellercentral.content/watchlist/add-to-watchlist';
import { hit } from './watchlist-hits';

const POSSIBLE_MATCH_WARNING = 'Possible match by name only — check the buyer email/order before acting';

describe('watchlist warning wording', () => {
  it.each([
    [['proxyEmail'], 'Matched by buyer email'],
    [['orderId'], 'Matched by order id'],
    [['proxyEmail', 'orderId'], 'Matched by buyer email and order id'],
    [['proxyEmail', 'orderId', 'name'], 'Matched by buyer email, order id and name'],
  ] as const)('says which keys matched: %j', (matchedBy, expected) => {
    expect(matchedByText({ matchedBy: [...matchedBy] })).toBe(expected);
  });

  it.each([
    [0, 'No linked orders'],
    [1, '1 linked order'],
    [3, '3 linked orders'],
  ])('counts linked orders: %i', (count, expected) => {
    expect(linkedOrdersText(count)).toBe(expected);
  });

  it('says since when and by whom', () => {
    expect(sinceText(hit())).toBe('Listed since 5 Dec 2025 by Mia');
    expect(sinceText(hit({ addedBy: '' }))).toBe('Listed since 5 Dec 2025');
  });

  it.each([
    [hit(), 'Watch-listed buyer — False not-received or A-to-z claims (severity: High)'],
    [hit({ reason: 'review-extortion', severity: 'watch' }), 'Watch-listed buyer — Review or feedback extortion (severity: Watch)'],
    [hit({ strength: 'possible', matchedBy: ['name'] }), POSSIBLE_MATCH_WARNING],
  ])('heads a strong match with reason and severity, a name-only match with the check-first warning', (input, expected) => {
    expect(hitHeadline(input)).toBe(expected);
  });

  it.each([
    [[hit()], 'Watchlist · High'],
    [[hit({ severity: 'medium' })], 'Watchlist · Medium'],
    [[hit({ strength: 'possible', matchedBy: ['name'] })], 'Watchlist? Name only'],
    [[], ''],
  ])('labels a row badge by its strongest hit', (hits, expected) => {
    expect(badgeText(hits)).toBe(expected);
  });

  it('describes a badge with buyer, reason, match and further entries', () => {
    expect(badgeDescription([hit(), hit({ entryId: 'e2', strength: 'possible', matchedBy: ['name'] })])).toBe(
      'Jordan Ellis: False not-received or A-to-z claims · High. Matched by buyer email. 1 more listed entry matches.',
    );
    expect(badgeDescription([hit({ strength: 'possible', matchedBy: ['name'], buyerName: null })])).toBe(
      `${POSSIBLE_MATCH_WARNING}. False not-received or A-to-z claims · High. Matched by name.`,
    );
  });
});

describe('after "Add to watchlist"', () => {
  it.each([
    ['added', 'Added Jordan Ellis to the watchlist.'],
    ['merged', "Jordan Ellis was already listed: this page's details were added to the entry."],
    ['reactivated', 'Jordan Ellis had been cleared; the entry is active again with this reason.'],
  ] as const)('says what happened when the entry was %s', (outcome, expected) => {
    expect(addedMessage({ outcome, entryId: 'e1', label: 'Jordan Ellis' })).toBe(expected);
  });
});

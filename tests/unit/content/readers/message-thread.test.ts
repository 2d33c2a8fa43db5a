import { afterAll, describe, expect, it } from 'vitest';
import { parseMessageTime } from '../../../../entrypoints/sellercentral.content/readers/message-time';
import { readMessageThread } from '../../../../entrypoints/sellercentral.content/readers/message-thread';
import { closeFixtures, driftLayout, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS, fixtureResponse, type FixturePage } from '../../../fixtures/site';

afterAll(closeFixtures);

const GUIDELINES_EN = 'This message was not sent as it did not meet the Buyer-Seller Messaging communication guidelines';
const GUIDELINES_DE =
  'Diese Nachricht wurde nicht gesendet, da sie nicht den Kommunikationsrichtlinien für Käufer-Verkäufer-Nachrichten entspricht';
const OPTED_OUT =
  'This buyer has decided to leave the Amazon platform or is not eligible to receive any further communications. Delivering messages to them is disabled.';

const THREADS: Array<{
  page: FixturePage;
  caseId: string;
  orderId: string;
  marketplace: string;
  buyerName: string;
  buyerProxyEmail: string;
  directions: string[];
  firstText: string;
  firstTime: string;
  firstTimeIso: string | null;
  banners: Array<{ kind: string; text: string }>;
}> = [
  {
    page: 'threadUs',
    caseId: '7c1e5a2b-3f4d-4c8e-9a6b-1d2e3f4a5b6c',
    orderId: '112-4837261-5938217',
    marketplace: 'US',
    buyerName: 'Jordan Ellis',
    buyerProxyEmail: 'k3m9xq2vbw7hty4@marketplace.amazon.com',
    directions: ['buyer', 'seller', 'buyer', 'amazon'],
    firstText: 'Hi, tracking says my first package was delivered yesterday but it is not at my door or in the mailroom. Can you help?',
    firstTime: 'Dec 9, 2025 10:12 AM',
    firstTimeIso: '2025-12-09T10:12:00',
    banners: [{ kind: 'a2z-eligible', text: 'This order is eligible for A2Z guarantee' }],
  },
  {
    page: 'threadUsGuidelineFailure',
    caseId: '2b9d8e7f-6a5c-4b3d-8e1f-0a9b8c7d6e5f',
    orderId: '113-5501928-8812034',
    marketplace: 'US',
    buyerName: 'Maria Gonzalez',
    buyerProxyEmail: 'w4n7fc1kp9zr3jm@marketplace.amazon.com',
    directions: ['buyer', 'seller', 'buyer'],
    firstText: 'Can you ship the jacket to my office instead? I am never home during the day.',
    firstTime: 'Dec 9, 2025 8:02 AM',
    firstTimeIso: '2025-12-09T08:02:00',
    banners: [{ kind: 'guideline-failure', text: GUIDELINES_EN }],
  },
  {
    page: 'threadUsOptedOut',
    caseId: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
    orderId: '111-3048571-9920388',
    marketplace: 'US',
    buyerName: 'Chen Wei',
    buyerProxyEmail: 'b2q8xk5tz7ml4vd@marketplace.amazon.com',
    directions: ['buyer', 'seller'],
    firstText: 'Please cancel this order, I bought it twice by mistake.',
    firstTime: 'Dec 8, 2025 11:20 AM',
    firstTimeIso: '2025-12-08T11:20:00',
    banners: [{ kind: 'buyer-opted-out', text: OPTED_OUT }],
  },
  {
    page: 'threadDe',
    caseId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    orderId: '302-1938475-6647382',
    marketplace: 'DE',
    buyerName: 'Lukas Schäfer',
    buyerProxyEmail: 'd7f2m8qz4wnc1rb@marketplace.amazon.de',
    directions: ['buyer', 'seller', 'buyer'],
    firstText: 'Die Lieferung war beschädigt, bitte Rückerstattung. Der Thermobecher hat eine große Delle.',
    firstTime: '5. Nov. 2025, 17:48',
    firstTimeIso: null,
    banners: [],
  },
  {
    page: 'threadDeGuidelineFailure',
    caseId: 'f0e1d2c3-b4a5-4968-8776-655443322110',
    orderId: '305-7712093-4481920',
    marketplace: 'DE',
    buyerName: 'Anna Müller',
    buyerProxyEmail: 'g5x1tv8kr3qb6zs@marketplace.amazon.de',
    directions: ['buyer', 'seller'],
    firstText: 'Die Brotdose ist undicht. Was kann ich tun?',
    firstTime: '31. Okt. 2025, 11:10',
    firstTimeIso: null,
    banners: [{ kind: 'guideline-failure', text: GUIDELINES_DE }],
  },
];

describe('readMessageThread', () => {
  describe.each([
    ['as rendered', false],
    ['after layout drift (no data-test-id, class or id)', true],
  ])('%s', (_, drift) => {
    it.each(THREADS)('reads $page', async (expected) => {
      const doc = await loadFixture(FIXTURE_URLS[expected.page]);
      if (drift) driftLayout(doc);

      const { data, missing } = readMessageThread(doc);

      expect(data).toMatchObject({
        caseId: expected.caseId,
        orderId: expected.orderId,
        marketplace: expected.marketplace,
        buyerName: expected.buyerName,
        buyerProxyEmail: expected.buyerProxyEmail,
        banners: expected.banners,
      });
      expect(data.messages.map((message) => message.direction)).toEqual(expected.directions);
      expect(data.messages[0]).toEqual({
        direction: 'buyer',
        sender: expected.buyerName,
        time: expected.firstTime,
        timeIso: expected.firstTimeIso,
        text: expected.firstText,
      });
      expect(missing).toEqual([]);
    });
  });

  it('keeps a buyer’s HTML payload as plain text', async () => {
    const { data } = readMessageThread(await loadFixture(FIXTURE_URLS.threadUs));

    expect(data.messages[2]).toMatchObject({
      direction: 'buyer',
      text: 'Still nothing today. The delivery photo shows <img src=x onerror=alert(1)> on a porch that is not mine.',
    });
  });

  it('does not take a banner, order id or email a buyer wrote for Seller Central’s own', async () => {
    const doc = await loadFixture(FIXTURE_URLS.threadDe);
    const body = doc.querySelector('.message-body-text')!;
    body.textContent = `${OPTED_OUT} ${GUIDELINES_EN} Order 999-9999999-9999999, mail fake123@marketplace.amazon.de`;

    const { data } = readMessageThread(doc);

    expect(data.banners).toEqual([]);
    expect(data.orderId).toBe('302-1938475-6647382');
    expect(data.buyerProxyEmail).toBe('d7f2m8qz4wnc1rb@marketplace.amazon.de');
  });

  it('takes exact message times from Seller Central’s case JSON when given it', async () => {
    const url = new URL(FIXTURE_URLS.threadDe);
    const json = JSON.parse(fixtureResponse(new URL(`/messaging/api/global/cases/${url.searchParams.get('cc')}`, url), 'GET')!.body);

    const { data } = readMessageThread(await loadFixture(url.href), url, json);

    expect(data.messages.map((message) => message.timeIso)).toEqual([
      '2025-11-05T16:48:00.000Z',
      '2025-11-06T08:15:00.000Z',
      '2025-11-06T09:02:00.000Z',
    ]);
    expect(data.messages[0]!.time).toBe('5. Nov. 2025, 17:48');
  });

  it('reports the thread fields missing on the inbox with no case open', async () => {
    const { data, missing } = readMessageThread(await loadFixture(FIXTURE_URLS.inboxUs));

    expect(data).toMatchObject({ caseId: null, orderId: null, buyerName: null, messages: [], banners: [] });
    expect(missing).toEqual(['caseId', 'orderId', 'buyerName', 'buyerProxyEmail', 'messages']);
  });
});

describe('parseMessageTime', () => {
  it.each([
    ['Jun 5, 2024 3:04 PM', '2024-06-05T15:04:00'],
    ['Dec 9, 2025 10:12 AM', '2025-12-09T10:12:00'],
    ['Jan 1, 2026, 12:05 AM', '2026-01-01T00:05:00'],
    ['5 Jul 2026 9:30 pm', '2026-07-05T21:30:00'],
    ['5. Nov. 2025, 17:48', null],
    ['2021年5月19日(水) 23:45 JST', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ] as const)('%s → %s', (displayed, iso) => {
    expect(parseMessageTime(displayed)).toBe(iso);
  });
});

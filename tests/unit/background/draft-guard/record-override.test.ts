import { beforeEach, describe, expect, it } from 'vitest';
import { registerDraftOverride } from '../../../../entrypoints/background/draft-guard/record-override';
import { db } from '../../../../storage/db';
import { updateSettings } from '../../../../storage/settings';
import { type DraftOverride } from '../../../../utils/protocol';
import { removeAllListeners, sendMessage } from '../../../../utils/messaging';

const DRAFT = 'Hi Maria, write to shop@example.com and I will refund you.';
const input = (patch: Partial<DraftOverride> = {}): DraftOverride => ({
  url: 'https://sellercentral.amazon.com/messaging/contact?orderID=112-4837261-5938217&marketplaceID=ATVPDKIKX0DER',
  orderId: '112-4837261-5938217',
  ruleIds: ['email.address'],
  categories: ['email'],
  reason: 'Buyer asked for the warranty address in writing',
  draft: DRAFT,
  ...patch,
});

describe('recording a "Send anyway" in the audit log', () => {
  beforeEach(async () => {
    removeAllListeners();
    await db.audit.clear();
    registerDraftOverride();
  });

  it('stores time, agent, page, order, rule ids, reason, the draft and its SHA-256', async () => {
    await updateSettings({ agentName: 'Dana (EU team)' });
    const before = Date.now();

    const result = await sendMessage('recordDraftOverride', input());

    expect(result.ok).toBe(true);
    const [entry] = await db.audit.toArray();
    expect(entry).toMatchObject({
      kind: 'draft-override',
      agent: 'Dana (EU team)',
      orderId: '112-4837261-5938217',
      details: {
        url: input().url,
        ruleIds: ['email.address'],
        categories: ['email'],
        reason: 'Buyer asked for the warranty address in writing',
        draft: DRAFT,
        // sha256 of DRAFT as UTF-8, computed independently with `printf %s "$DRAFT" | sha256sum`.
        sha256: '0be8a56c1acbdf659556d3dea68c6ab0a0b4a6911716247e0b35913d6fd9b228',
      },
    });
    expect(Date.parse(entry!.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(result.ok && result.value).toEqual({ id: entry!.id, sha256: entry!.details.sha256 });
  });

  it.each([
    ['an empty reason', { reason: '   ' }, 'reason'],
    ['no rule ids', { ruleIds: [] }, 'ruleIds'],
    ['a page that is not Seller Central', { url: 'https://evil.example/messaging/contact' }, 'url'],
    ['a plain-http page', { url: 'http://sellercentral.amazon.com/messaging/contact' }, 'url'],
  ])('refuses %s and writes nothing', async (_name, patch, field) => {
    const result = await sendMessage('recordDraftOverride', input(patch as Partial<DraftOverride>));

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid-input' });
    expect(!result.ok && result.error.message).toContain(field);
    expect(await db.audit.count()).toBe(0);
  });
});

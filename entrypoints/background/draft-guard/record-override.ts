import { appendAudit } from '../../../storage/audit/audit';
import { sha256Hex } from '../../../storage/chain/sha256';
import { draftOverrideSchema } from '../../../utils/protocol';
import { handle } from '../handle';

/**
 * "Send anyway" on a stopped reply: one `draft-override` audit entry with the time, the
 * agent's name (from settings), the page, the order, the overridden rule ids, the agent's
 * reason, the draft and its SHA-256 (hashed here, from the text actually received, so the
 * log does not trust the page for it). The content script sends only after this succeeds.
 */
export function registerDraftOverride(): void {
  handle('recordDraftOverride', draftOverrideSchema, async (data) => {
    const sha256 = await sha256Hex(data.draft);
    const rules = data.ruleIds.join(', ');
    const entry = await appendAudit({
      kind: 'draft-override',
      orderId: data.orderId,
      summary: `Sent a reply despite ${data.ruleIds.length === 1 ? 'a blocking finding' : 'blocking findings'} (${rules})`,
      details: {
        url: data.url,
        ruleIds: data.ruleIds,
        categories: data.categories,
        reason: data.reason,
        draft: data.draft,
        sha256,
      },
    });
    return { id: entry.id ?? 0, sha256 };
  });
}

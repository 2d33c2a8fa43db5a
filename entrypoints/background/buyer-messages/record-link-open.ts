import { appendAudit } from '../../../storage/audit/audit';
import { linkOpenAnywaySchema } from '../../../utils/protocol';
import { handle } from '../handle';

/**
 * "Open anyway" on a flagged link in a buyer message: one `link-open-anyway` audit entry
 * with the page, the order, the link and its real host (decoded and raw). The content script
 * opens the link only after this succeeds.
 */
export function registerLinkOpenAnyway(): void {
  handle('recordLinkOpenAnyway', linkOpenAnywaySchema, async (data) => {
    const entry = await appendAudit({
      kind: 'link-open-anyway',
      orderId: data.orderId,
      summary: `Opened a flagged link in a buyer message anyway (${data.kind}: ${data.host})`,
      details: { url: data.url, href: data.href, host: data.host, asciiHost: data.asciiHost, kind: data.kind },
    });
    return { id: entry.id ?? 0 };
  });
}

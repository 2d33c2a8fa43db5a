import { db } from '../db';
import { auditCsv } from './audit-csv';
import { BlobText } from './blob-text';
import type { ExportScope } from './pack-captures';
import type { Translator } from '../../locales/translate';

/** Audit entries for the pack: all of them, or those of the exported orders (header in `t`'s language). */
export async function auditLog(scope: ExportScope, orderIds: readonly (string | null)[], t: Translator): Promise<Blob> {
  const out = new BlobText('text/csv');
  out.add(auditCsv([], true, t));
  if (scope.type === 'all') {
    let after = 0;
    for (;;) {
      const page = await db.audit.where('id').above(after).limit(500).toArray();
      out.add(auditCsv(page, false));
      if (page.length < 500) break;
      after = page.at(-1)!.id!;
    }
  } else {
    const entries = [];
    for (const orderId of orderIds) if (orderId) entries.push(...(await db.audit.where('orderId').equals(orderId).toArray()));
    out.add(auditCsv(entries.sort((a, b) => (a.id ?? 0) - (b.id ?? 0)), false));
  }
  return out.toBlob();
}


import {
  describeZodError,
  watchlistAddInputSchema,
  type WatchlistAddInput,
  type WatchlistReason,
  type WatchlistSeverity,
} from '../../../storage/watchlist/watchlist-schema';
import { t } from '../../../locales/current';

/**
 * The "Add to watchlist" form's fields and their checks, apart from the markup: what the
 * page prefills, and the one message (naming the field) the agent sees when something is
 * missing. The background checks everything again.
 */

export interface AddFormFields {
  buyerName: string;
  proxyEmail: string;
  /** Order ids as typed: separated by spaces, commas or semicolons. */
  orderIds: string;
  reason: WatchlistReason | '';
  severity: WatchlistSeverity;
  notes: string;
}

/** What the page showed about its buyer (PageInfo's fields). */
export interface AddPrefill {
  buyerName: string | null;
  proxyEmail: string | null;
  orderIds: readonly string[];
  /** A reason the page already knows (a review threat in a buyer message). */
  reason?: WatchlistReason;
  notes?: string;
}

export function prefillFields(prefill: AddPrefill): AddFormFields {
  return {
    buyerName: prefill.buyerName ?? '',
    proxyEmail: prefill.proxyEmail ?? '',
    orderIds: [...new Set(prefill.orderIds)].join(', '),
    reason: prefill.reason ?? '',
    severity: 'medium',
    notes: prefill.notes ?? '',
  };
}

/** "112-…, 113-…;114-…" → the ids, without blanks. */
function splitOrderIds(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

type AddFormCheck =
  | { ok: true; input: WatchlistAddInput }
  | { ok: false; field: keyof AddFormFields; message: string };

const FIELD_OF: Record<string, keyof AddFormFields> = {
  buyerName: 'buyerName',
  proxyEmail: 'proxyEmail',
  proxyEmails: 'proxyEmail',
  orderIds: 'orderIds',
  reason: 'reason',
  severity: 'severity',
  notes: 'notes',
};

/** The input to send, or the first problem as a sentence naming the field, in the agent's language. */
export function checkAddForm(fields: AddFormFields): AddFormCheck {
  if (!fields.reason) return { ok: false, field: 'reason', message: t('watchlistEditor.addCheck.reason') };
  const orderIds = splitOrderIds(fields.orderIds);
  const parsed = watchlistAddInputSchema.safeParse({
    buyerName: fields.buyerName,
    proxyEmail: fields.proxyEmail,
    orderIds,
    reason: fields.reason,
    severity: fields.severity,
    notes: fields.notes,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const issue = parsed.error.issues[0];
  const field = FIELD_OF[String(issue?.path[0] ?? '')] ?? 'reason';
  const custom = issue?.code === 'custom';
  switch (field) {
    case 'notes':
      return { ok: false, field, message: t(custom ? 'watchlistEditor.addCheck.note' : 'watchlistEditor.addCheck.noteLong') };
    case 'proxyEmail':
      return { ok: false, field, message: t(custom ? 'watchlistEditor.addCheck.emailOrOrder' : 'watchlistEditor.addCheck.email') };
    case 'orderIds': {
      const bad = typeof issue?.path[1] === 'number' ? orderIds[issue.path[1]] : undefined;
      return { ok: false, field, message: bad ? t('watchlistEditor.addCheck.orderId', { id: bad }) : t('watchlistEditor.addCheck.orderIds') };
    }
    case 'buyerName':
      return { ok: false, field, message: t('watchlistEditor.addCheck.name') };
    default:
      return { ok: false, field, message: t('watchlistEditor.addCheck.other', { field: describeZodError(parsed.error).field }) };
  }
}

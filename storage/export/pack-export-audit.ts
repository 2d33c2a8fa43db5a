import { appendAudit } from '../audit/audit';
import type { ExportScope } from './pack-captures';

/** How an export ended, for its audit entry. */
export type ExportOutcome =
  | { state: 'done'; fileName: string; captures: number; files: number; bytes: number; signedBy: string }
  | { state: 'cancelled' | 'failed'; captures: number; done: number; bytes: number; reason: string };

const scopeText = (scope: ExportScope) =>
  scope.type === 'order' ? `evidence pack for order ${scope.orderId}` : scope.type === 'search' ? 'search results' : 'whole archive';

/**
 * The audit entry of an export, finished, cancelled or failed, so the log shows every
 * export that was started.
 * @example await auditExport({ type: 'all' }, { state: 'cancelled', captures: 900, done: 312, bytes: 8e7, reason: 'Cancelled by the agent' }, 'Dana', now)
 */
export async function auditExport(scope: ExportScope, outcome: ExportOutcome, agent: string, at: Date): Promise<void> {
  const query = scope.type === 'search' ? scope.query : null;
  const summary =
    outcome.state === 'done'
      ? `Exported ${outcome.captures} capture(s) (${scopeText(scope)})`
      : `Export ${outcome.state} after ${outcome.done} of ${outcome.captures} capture(s) (${scopeText(scope)}): ${outcome.reason}; no file was saved`;
  const { state: _state, ...details } = outcome;
  await appendAudit({ kind: 'export', agent, at, orderId: scope.type === 'order' ? scope.orderId : null, summary, details: { outcome: outcome.state, ...details, query } });
}

import type { TeamTrailQuery } from '../../../utils/team-lead-protocol';

/** The trail filter form as typed: ids, a kind, local days (yyyy-mm-dd) and an order id. */
export interface TrailForm {
  memberId: string;
  kind: string;
  from: string;
  to: string;
  orderId: string;
}

export const EMPTY_TRAIL_FORM: TrailForm = { memberId: '', kind: '', from: '', to: '', orderId: '' };

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

/** Start of a local day, or of the day after it (`to` is inclusive in the form, exclusive on the server). */
function dayBound(value: string, end: boolean): string | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y!, m! - 1, d! + (end ? 1 : 0)).toISOString();
}

/** The server query for the form (empty filters left out), or `bad-order` when the order id cannot be one. */
export function trailQuery(form: TrailForm): TeamTrailQuery | 'bad-order' {
  const orderId = form.orderId.trim();
  if (orderId && !ORDER_ID.test(orderId)) return 'bad-order';
  const query: TeamTrailQuery = {};
  if (form.memberId) query.memberId = form.memberId;
  if (form.kind) query.kind = form.kind as TeamTrailQuery['kind'];
  const from = dayBound(form.from, false);
  const to = dayBound(form.to, true);
  if (from) query.from = from;
  if (to) query.to = to;
  if (orderId) query.orderId = orderId;
  return query;
}

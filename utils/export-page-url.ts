/**
 * What the export page is asked to export, carried in its URL: the whole archive, one order,
 * or the results of a search (the page runs the search again, so no id list has to travel).
 */
export type ExportRequest = { type: 'all' } | { type: 'order'; orderId: string } | { type: 'search'; query: string };

/** The export page's path with `request` in its query string. */
export function exportPagePath(request: ExportRequest): `/export.html?${string}` {
  const params = new URLSearchParams({ scope: request.type });
  if (request.type === 'order') params.set('order', request.orderId);
  if (request.type === 'search') params.set('q', request.query);
  return `/export.html?${params.toString()}`;
}

/** The request in an export page's query string, or null when it is not one. */
export function exportRequestOf(search: string): ExportRequest | null {
  const params = new URLSearchParams(search);
  const scope = params.get('scope');
  if (scope === 'all') return { type: 'all' };
  const orderId = params.get('order');
  if (scope === 'order' && orderId && /^\d{3}-\d{7}-\d{7}$/.test(orderId)) return { type: 'order', orderId };
  const query = params.get('q');
  if (scope === 'search' && query?.trim()) return { type: 'search', query };
  return null;
}

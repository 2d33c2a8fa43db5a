import { z } from 'zod';

/**
 * What this install may change from a Seller Central page, as the background tells the
 * content script (message `watchlistAccess`). A team auditor reads everything and changes
 * nothing, so the page does not offer "Add to watchlist" to one.
 */
export const watchlistAccessSchema = z.object({ mayAdd: z.boolean() }).strict();
export type WatchlistAccess = z.infer<typeof watchlistAccessSchema>;

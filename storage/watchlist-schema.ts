import { z } from 'zod';

// Placeholder shape, completed by the watchlist capability (issue 4).
export const watchlistEntrySchema = z.object({
  id: z.string(),
  status: z.enum(['active', 'cleared']),
  reviewDue: z.string(),
  proxyEmails: z.array(z.string()),
  orderIds: z.array(z.string()),
  nameKeys: z.array(z.string()),
});
export type WatchlistEntry = z.infer<typeof watchlistEntrySchema>;

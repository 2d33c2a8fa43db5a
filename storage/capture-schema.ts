import { z } from 'zod';

// Placeholder shape, completed by the capture capability (issue 5).
export const captureRecordSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  capturedAt: z.string(),
  orderId: z.string().nullable(),
  kind: z.string(),
  contentHash: z.string(),
  tokens: z.array(z.string()),
  tags: z.array(z.string()),
});
export type CaptureRecord = z.infer<typeof captureRecordSchema>;

export const captureImageRecordSchema = z.object({
  id: z.string(),
  captureId: z.string(),
  png: z.instanceof(Blob),
});
export type CaptureImageRecord = z.infer<typeof captureImageRecordSchema>;

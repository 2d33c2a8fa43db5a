import { z } from 'zod';
import { isSellerCentralUrl } from '../rules/page/hosts';
import { templateVersionSchema } from '../rules/templates/template-schema';

/** A reply sent from a template: what the `template-use` audit entry records (the background adds time, agent, hash). */
export const templateUseSchema = z.object({
  url: z.url({ protocol: /^https$/ }).max(4096).refine(isSellerCentralUrl, 'Not a Seller Central page'),
  orderId: z.string().max(64).nullable(),
  templateId: templateVersionSchema.shape.id,
  version: templateVersionSchema.shape.version,
  /** Whether the agent changed the inserted text before Send. */
  edited: z.boolean(),
  /** The reply exactly as sent (hashed by the background, not stored). */
  text: z.string().max(100_000),
});
export type TemplateUse = z.infer<typeof templateUseSchema>;

/** A template as the picker needs it; `team`: from the team policy (read-only, marked as the team's). */
export type PickerTemplate = Pick<z.infer<typeof templateVersionSchema>, 'id' | 'version' | 'name' | 'reason' | 'language' | 'body'> & {
  team?: boolean;
};

/** Options (lead, admin) → background: publish a local template's current version to the team policy. */
export const templatePublishSchema = z.object({ id: templateVersionSchema.shape.id });

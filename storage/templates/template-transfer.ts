import { z } from 'zod';
import { t } from '../../locales/current';
import { checkTemplate } from '../../rules/templates/check-template';
import type { DraftOptions } from '../../rules/draft/draft-engine';
import { templateInputSchema, templateVersionSchema, type TemplateVersion } from '../../rules/templates/template-schema';
import { SellerGuardError } from '../../utils/errors';
import { db } from '../db';
import { latestVersions } from './template-store';

/** The export file's `format` value; `formatVersion` rises when the shape changes. */
export const TEMPLATES_FORMAT = 'seller-guard-templates';
/** Largest file an import reads, and most templates in one. */
export const MAX_TEMPLATES_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_TEMPLATES_IN_FILE = 2000;

const fileTemplateSchema = templateInputSchema.extend({
  id: templateVersionSchema.shape.id,
  /** The version exported (informational: an import writes the next version here). */
  version: templateVersionSchema.shape.version.optional(),
});

export const templatesFileSchema = z.object({
  format: z.literal(TEMPLATES_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.iso.datetime(),
  templates: z.array(fileTemplateSchema).max(MAX_TEMPLATES_IN_FILE),
});
export type TemplatesFile = z.infer<typeof templatesFileSchema>;

/** The library as a file: the newest version of every template not archived. */
export async function exportTemplates(now = new Date()): Promise<TemplatesFile> {
  const templates = latestVersions(await db.templates.toArray()).filter((template) => !template.archived);
  return {
    format: TEMPLATES_FORMAT,
    formatVersion: 1,
    exportedAt: now.toISOString(),
    templates: templates.map(({ id, version, name, reason, language, body }) => ({ id, version, name, reason, language, body })),
  };
}

export interface TemplatesImported {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Read a templates file and apply it in one transaction, or change nothing: the file must be
 * at most 2 MB, valid JSON of the export format, and every template must pass the draft guard
 * (a `block` finding or unknown placeholder refuses the whole file, naming the template; `warn`
 * findings need `confirmed`). A known id gets a new version when its text changed.
 */
export async function importTemplates(
  text: string,
  options: { author: string; confirmed: boolean; draftOptions?: DraftOptions; now?: Date },
): Promise<TemplatesImported> {
  if (text.length > MAX_TEMPLATES_FILE_BYTES) throw new SellerGuardError('invalid-input', t('problem.templates.tooLarge'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SellerGuardError('invalid-input', t('problem.templates.notJson'));
  }
  const parsed = templatesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SellerGuardError('invalid-input', t('problem.templates.wrongFile', { path: issue?.path.join('.') || 'file', error: issue?.message ?? '' }));
  }
  for (const template of parsed.data.templates) {
    const verdict = checkTemplate(template.body, options.draftOptions).verdict;
    if (verdict === 'blocked' || (verdict === 'confirm' && !options.confirmed)) {
      const why = verdict === 'blocked' ? 'problem.templates.blocked' : 'problem.templates.confirm';
      throw new SellerGuardError('invalid-input', t(why, { name: template.name }));
    }
  }
  const now = (options.now ?? new Date()).toISOString();
  return db.transaction('rw', db.templates, async () => {
    const latest = new Map(latestVersions(await db.templates.toArray()).map((template) => [template.id, template]));
    const result: TemplatesImported = { added: 0, updated: 0, unchanged: 0 };
    const rows: TemplateVersion[] = [];
    for (const { id, name, reason, language, body } of parsed.data.templates) {
      const before = latest.get(id);
      if (before && !before.archived && before.name === name && before.reason === reason && before.language === language && before.body === body) {
        result.unchanged++;
        continue;
      }
      const version = (before?.version ?? 0) + 1;
      const row = { id, version, name, reason, language, body, archived: false, createdAt: before?.createdAt ?? now, updatedAt: now, author: options.author };
      rows.push(templateVersionSchema.parse(row));
      latest.set(id, row);
      if (before) result.updated++;
      else result.added++;
    }
    await db.templates.bulkAdd(rows);
    return result;
  });
}

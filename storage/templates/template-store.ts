import { checkTemplate, type TemplateCheck } from '../../rules/templates/check-template';
import { t } from '../../locales/current';
import type { DraftOptions } from '../../rules/draft/draft-engine';
import {
  templateInputSchema,
  templateVersionSchema,
  type TemplateInput,
  type TemplateVersion,
} from '../../rules/templates/template-schema';
import { SellerGuardError } from '../../utils/errors';
import { db } from '../db';

/** The newest version of each template, archived ones left out, by name. */
export async function listTemplates(): Promise<TemplateVersion[]> {
  return latestVersions(await db.templates.toArray()).filter((template) => !template.archived);
}

/** The newest version of every id in `versions` (any order in, sorted by name out). */
export function latestVersions(versions: readonly TemplateVersion[]): TemplateVersion[] {
  const latest = new Map<string, TemplateVersion>();
  for (const version of versions) {
    const seen = latest.get(version.id);
    if (!seen || seen.version < version.version) latest.set(version.id, version);
  }
  return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name) || a.language.localeCompare(b.language));
}

/** Every stored version of one template, newest first. */
export async function templateHistory(id: string): Promise<TemplateVersion[]> {
  const versions = await db.templates.where('id').equals(id).toArray();
  return versions.sort((a, b) => b.version - a.version);
}

export type SaveOutcome = { saved: TemplateVersion } | { refused: TemplateCheck };

interface SaveRequest {
  /** The template to edit; a new template when absent. */
  id?: string;
  input: TemplateInput;
  /** The author confirmed the `warn` findings shown to them. */
  confirmed: boolean;
  author: string;
  /** The agent's allowed domains and blocked terms, as the reply box uses them. */
  draftOptions?: DraftOptions;
  now?: Date;
}

/**
 * Save a template as a new version (version 1 for a new one): the body is checked first
 * and nothing is written when it has a `block` finding or an unknown placeholder, or when
 * it has `warn` findings the author has not confirmed (`refused` says which).
 */
export async function saveTemplate(request: SaveRequest): Promise<SaveOutcome> {
  const input = templateInputSchema.parse(request.input);
  const check = checkTemplate(input.body, request.draftOptions);
  if (check.verdict === 'blocked' || (check.verdict === 'confirm' && !request.confirmed)) return { refused: check };
  const now = (request.now ?? new Date()).toISOString();
  return db.transaction('rw', db.templates, async () => {
    const previous = request.id ? (await templateHistory(request.id))[0] : undefined;
    if (request.id && !previous) throw new SellerGuardError('not-found', t('problem.templates.gone', { id: request.id }));
    const saved = templateVersionSchema.parse({
      ...input,
      id: previous?.id ?? crypto.randomUUID(),
      version: (previous?.version ?? 0) + 1,
      archived: false,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      author: request.author,
    });
    await db.templates.add(saved);
    return { saved };
  });
}

/** Remove a template from the library: a new, archived version (earlier versions stay for the log). */
export async function archiveTemplate(id: string, author: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const [latest] = await templateHistory(id);
    if (!latest) throw new SellerGuardError('not-found', t('problem.templates.gone', { id }));
    await db.templates.add({ ...latest, version: latest.version + 1, archived: true, updatedAt: now.toISOString(), author });
  });
}

/** One exact version (for the usage log and the versions list), or undefined. */
export function getTemplateVersion(id: string, version: number): Promise<TemplateVersion | undefined> {
  return db.templates.get([id, version]);
}

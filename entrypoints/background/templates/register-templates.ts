import { appendAudit } from '../../../storage/audit/audit';
import { sha256Hex } from '../../../storage/chain/sha256';
import { seedStarterTemplates } from '../../../storage/templates/seed-templates';
import { listTemplates } from '../../../storage/templates/template-store';
import { logError } from '../../../utils/errors';
import { emptySchema } from '../../../utils/protocol';
import { templatePublishSchema, templateUseSchema } from '../../../utils/templates-protocol';
import { cachedTeamTemplates, publishTemplateToTeam } from './team-templates';
import { handle } from '../handle';

/**
 * Reply templates in the background: the picker's list (the starter set is placed on first
 * run), and the `template-use` audit entry written when a reply inserted from a template is
 * sent, with the SHA-256 of the text received (hashed here, the page is not trusted for it).
 */
export function registerTemplates(): void {
  const seeded = seedStarterTemplates().catch((error: unknown) => logError('templates seed', error));

  handle('listPickerTemplates', emptySchema, async () => {
    await seeded;
    const local = (await listTemplates()).map(({ id, version, name, reason, language, body }) => ({ id, version, name, reason, language, body }));
    return [...local, ...(await cachedTeamTemplates())];
  });

  handle('recordTemplateUse', templateUseSchema, async (data) => {
    const sha256 = await sha256Hex(data.text);
    const entry = await appendAudit({
      kind: 'template-use',
      orderId: data.orderId,
      summary: `Sent a reply from template ${data.templateId} version ${data.version}${data.edited ? ' (edited)' : ''}`,
      details: { url: data.url, templateId: data.templateId, version: data.version, edited: data.edited, sha256 },
    });
    return { id: entry.id ?? 0, sha256 };
  });

  handle('publishTemplateToTeam', templatePublishSchema, ({ id }) => publishTemplateToTeam(id));
}

import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import type { TemplateVersion } from '../../../rules/templates/template-schema';
import { getSettings } from '../../../storage/settings';
import { seedStarterTemplates } from '../../../storage/templates/seed-templates';
import { archiveTemplate, listTemplates } from '../../../storage/templates/template-store';
import { PublishTemplateButton, useCanPublish } from './publish-template';
import { TemplateEditor } from './template-editor';
import { TemplateTransfer } from './template-transfer';
import { TemplateVersions } from './template-versions';
import { TemplatesOnlyLevelPicker } from './templates-only-level';
import './templates-section.css';

/** Options → Reply templates: the library, create/edit with the guard's check, versions, import/export. */
export function TemplatesSection() {
  const [templates, setTemplates] = useState<TemplateVersion[]>([]);
  const [editing, setEditing] = useState<TemplateVersion | 'new' | null>(null);
  const [versionsOf, setVersionsOf] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const canPublish = useCanPublish();
  const reload = () => void listTemplates().then(setTemplates);
  useEffect(() => void seedStarterTemplates().then(reload), []);

  const done = (saved: TemplateVersion | null) => {
    setEditing(null);
    if (saved) setStatus(t('templates.saved', { name: saved.name, version: saved.version }));
    reload();
  };
  const remove = async (template: TemplateVersion) => {
    await archiveTemplate(template.id, (await getSettings()).agentName);
    setStatus(t('templates.deleted', { name: template.name }));
    reload();
  };

  return (
    <div class="templates-section">
      <p>{t('templates.intro')}</p>
      <TemplatesOnlyLevelPicker />
      <TemplateTransfer onImported={reload} />
      {status ? <p role="status">{status}</p> : null}
      {editing === 'new' ? (
        <TemplateEditor template={null} onDone={done} />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          {t('templates.new')}
        </button>
      )}
      {templates.length === 0 ? <p>{t('templates.empty')}</p> : null}
      <ul class="template-list">
        {templates.map((template) => (
          <li key={template.id} class="template-item" data-template-id={template.id}>
            <p>
              <strong>{template.name}</strong>{' '}
              <span class="template-meta">
                {t('templates.row', {
                  language: t(`templates.language.${template.language}`),
                  reason: t(`templates.reason.${template.reason}`),
                  version: template.version,
                })}
              </span>
            </p>
            {editing !== 'new' && editing?.id === template.id ? (
              <TemplateEditor template={template} onDone={done} />
            ) : (
              <p class="template-item-actions">
                <button type="button" onClick={() => setEditing(template)} aria-label={`${t('templates.edit')}: ${template.name}`}>
                  {t('templates.edit')}
                </button>{' '}
                <button type="button" aria-expanded={versionsOf === template.id} onClick={() => setVersionsOf(versionsOf === template.id ? null : template.id)}>
                  {t('templates.versions')}
                </button>{' '}
                <button type="button" onClick={() => void remove(template)} aria-label={`${t('templates.delete')}: ${template.name}`}>
                  {t('templates.delete')}
                </button>
                {canPublish ? (
                  <>
                    {' '}
                    <PublishTemplateButton template={template} onStatus={setStatus} />
                  </>
                ) : null}
              </p>
            )}
            {versionsOf === template.id ? <TemplateVersions id={template.id} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

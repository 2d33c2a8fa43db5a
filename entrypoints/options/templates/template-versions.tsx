import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, t } from '../../../locales/current';
import { dateTimeText } from '../../../locales/dates';
import type { TemplateVersion } from '../../../rules/templates/template-schema';
import { templateHistory } from '../../../storage/templates/template-store';

/** Every version of one template, newest first, with its text (the log names these numbers). */
export function TemplateVersions({ id }: { id: string }) {
  const [versions, setVersions] = useState<TemplateVersion[]>([]);
  useEffect(() => void templateHistory(id).then(setVersions), [id]);
  return (
    <ol class="template-versions" aria-label={t('templates.versions')}>
      {versions.map((version) => (
        <li key={version.version}>
          <p>
            {t('templates.versionLine', {
              version: version.version,
              date: dateTimeText(new Date(version.updatedAt), currentLanguage()),
              author: version.author || '—',
            })}
            {version.archived ? ` (${t('templates.delete')})` : ''}
          </p>
          <pre class="template-marked" dir="auto">
            {version.body}
          </pre>
        </li>
      ))}
    </ol>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { getSettings } from '../../../storage/settings';
import { exportTemplates, importTemplates, MAX_TEMPLATES_FILE_BYTES } from '../../../storage/templates/template-transfer';
import { downloadBlob } from '../../../utils/download-blob';
import { messageOf } from '../../../utils/errors';

/** Export the library as JSON; import a shared file (all or nothing). */
export function TemplateTransfer({ onImported }: { onImported(): void }) {
  const [outcome, setOutcome] = useState<{ error: boolean; text: string } | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  const exportAll = async () => {
    const file = await exportTemplates();
    const day = file.exportedAt.slice(0, 10);
    downloadBlob(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), `seller-guard-templates-${day}.json`);
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (file.size > MAX_TEMPLATES_FILE_BYTES) throw new Error('The file is larger than 2 MB.');
      const settings = await getSettings();
      const result = await importTemplates(await file.text(), {
        author: settings.agentName,
        confirmed,
        draftOptions: { allowedDomains: settings.allowedDomains, blockedTerms: settings.blockedTerms },
      });
      setOutcome({ error: false, text: t('templates.imported', { ...result }) });
      onImported();
    } catch (error) {
      setOutcome({ error: true, text: t('templates.importRefused', { error: messageOf(error) }) });
    }
    input.value = '';
  };

  return (
    <div class="template-transfer">
      <button type="button" onClick={() => void exportAll()}>
        {t('templates.export')}
      </button>{' '}
      <label>
        {t('templates.import')} <input type="file" accept="application/json,.json" onChange={(event) => void importFile(event)} />
      </label>{' '}
      <label>
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} />{' '}
        {t('templates.importConfirm')}
      </label>
      {outcome ? <p role={outcome.error ? 'alert' : 'status'}>{outcome.text}</p> : null}
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import type { TemplateVersion } from '../../../rules/templates/template-schema';
import { callBackground } from '../../../utils/call-background';

/** Whether the agent may publish to the team policy: joined as lead or admin. */
export function useCanPublish(): boolean {
  const [canPublish, setCanPublish] = useState(false);
  useEffect(() => {
    void callBackground('teamStatus', { refresh: false }).then((result) =>
      setCanPublish(result.ok && result.value !== null && (result.value.role === 'lead' || result.value.role === 'admin')),
    );
  }, []);
  return canPublish;
}

/**
 * "Publish to team" for one template: its current version goes into the team policy (a
 * colleague's save in between is merged, never overwritten); the answer shows as a status.
 */
export function PublishTemplateButton({ template, onStatus }: { template: TemplateVersion; onStatus(text: string): void }) {
  const [busy, setBusy] = useState(false);
  const publish = async () => {
    setBusy(true);
    const result = await callBackground('publishTemplateToTeam', { id: template.id });
    setBusy(false);
    onStatus(
      result.ok
        ? t('templates.team.published', { name: template.name, version: result.value.version })
        : t('templates.team.publishFailed', { name: template.name, error: result.error.message }),
    );
  };
  return (
    <button type="button" disabled={busy} onClick={() => void publish()} aria-label={`${t('templates.team.publish')}: ${template.name}`}>
      {t('templates.team.publish')}
    </button>
  );
}

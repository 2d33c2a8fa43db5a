import { t } from '../../../locales/current';
import { DraftFindingList, type DraftFindingView } from './finding-list';

interface DraftPanelProps {
  findings: readonly DraftFindingView[];
  /** Characters in the draft, and the compose box's limit. */
  length: number;
  limit: number;
}

/**
 * The compact panel under a reply box: what is wrong with the draft and a character
 * counter. An alert when Send will be stopped (a `block` finding), a status otherwise.
 */
export function DraftPanel({ findings, length, limit }: DraftPanelProps) {
  const blocking = findings.filter((finding) => finding.severity === 'block').length;
  const over = length > limit;
  const summary =
    blocking > 0
      ? t.plural('draft.panel.blocking', blocking)
      : findings.length > 0
        ? t.plural('draft.panel.toCheck', findings.length)
        : t('draft.panel.clean');
  return (
    <section
      class="sg-draft-panel"
      role={blocking > 0 ? 'alert' : 'status'}
      aria-label={t('draft.panel.label')}
      data-blocking={blocking > 0 ? 'true' : 'false'}
    >
      <p class="sg-draft-summary">
        <span class="sg-draft-brand">{t('app.name')}</span> {summary}
      </p>
      {findings.length > 0 ? <DraftFindingList findings={findings} /> : null}
      <p class="sg-draft-counter" data-over={over ? 'true' : 'false'}>
        {t('draft.panel.counter', { length, limit })}
        {over ? ` ${t('draft.panel.over', { over: length - limit })}` : ''}
      </p>
    </section>
  );
}

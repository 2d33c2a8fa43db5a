import type { ComponentChildren } from 'preact';
import { t } from '../../../locales/current';

export interface PanelMessage {
  text: string;
  alert: boolean;
}

interface Props {
  id: string;
  title: string;
  error: string;
  message: PanelMessage | null;
  /** False while the first answer is awaited (a loading line is shown instead of the body). */
  loaded: boolean;
  onReload: () => void;
  children: ComponentChildren;
}

/** A leads' screen: its heading, Reload, the last failure or outcome, then its body once loaded. */
export function LeadPanel({ id, title, error, message, loaded, onReload, children }: Props) {
  return (
    <section class="team-lead-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <button type="button" onClick={onReload}>
        {t('teamLead.reload')}
      </button>
      {error ? <p role="alert">{error}</p> : null}
      {message ? <p role={message.alert ? 'alert' : 'status'}>{message.text}</p> : null}
      {loaded ? children : error ? null : <p role="status">{t('teamLead.loading')}</p>}
    </section>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../locales/current';
import type { LinkVerdict } from '../../../rules/buyer/buyer-risk';
import { onTrusted } from '../page/trusted-events';

export interface PendingLink {
  href: string;
  verdict: LinkVerdict;
  /** Set while "Open anyway" is being logged, or when logging failed. */
  state: 'asking' | 'logging' | { error: string };
}

interface Props {
  pending: PendingLink;
  onOpen: () => void;
  onCancel: () => void;
}

/**
 * What a flagged link really is, shown instead of opening it: the host as a person reads it
 * and as the browser resolves it (punycode), with Open anyway (logged) and Cancel.
 */
export function LinkWarning({ pending, onOpen, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), [pending.href]);
  const { verdict } = pending;
  return (
    <div class="sg-br-warning" role="alert">
      <p class="sg-br-warning-title">{t('buyer.warning.title')}</p>
      <p>{t('buyer.warning.host', { host: verdict.host })}</p>
      {verdict.asciiHost !== verdict.host ? <p>{t('buyer.warning.raw', { host: verdict.asciiHost })}</p> : null}
      <p class="sg-br-href" dir="ltr">{pending.href}</p>
      {typeof pending.state === 'object' ? <p class="sg-br-error">{pending.state.error}</p> : null}
      <div class="sg-br-actions">
        <button type="button" ref={cancel} class="sg-br-primary" onClick={onTrusted(onCancel)}>{t('buyer.warning.cancel')}</button>
        <button type="button" disabled={pending.state === 'logging'} onClick={onTrusted(onOpen)}>{t('buyer.warning.open')}</button>
      </div>
    </div>
  );
}

import { t } from '../../../locales/current';

interface Props {
  kinds: readonly string[];
  values: { kind: string; from: string; to: string; orderId: string };
  /** Called with the field's name and its new value. */
  onField: (key: 'kind' | 'from' | 'to' | 'orderId', value: string) => void;
}

/** Kind, date range and order id: the filters of the local audit log and of the team's trail. */
export function AuditFilterFields({ kinds, values, onField }: Props) {
  const set = (key: 'kind' | 'from' | 'to' | 'orderId') => (event: Event) => onField(key, (event.currentTarget as HTMLInputElement).value);
  return (
    <>
      <label>
        {t('options.audit.kind')}
        <select value={values.kind} onChange={set('kind')}>
          <option value="">{t('options.audit.allKinds')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('options.audit.from')}
        <input type="date" value={values.from} onInput={set('from')} />
      </label>
      <label>
        {t('options.audit.to')}
        <input type="date" value={values.to} onInput={set('to')} />
      </label>
      <label>
        {t('options.audit.orderId')}
        <input value={values.orderId} onInput={set('orderId')} placeholder="112-4837261-5938217" />
      </label>
    </>
  );
}

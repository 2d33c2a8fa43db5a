import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { fillTemplate, type PlaceholderValues } from '../../../rules/templates/placeholders';
import { templateFilter } from '../../../rules/templates/rank-templates';
import type { PickerTemplate } from '../../../utils/templates-protocol';
import { onTrusted } from '../page/trusted-events';

interface PickerProps {
  /** The fitting templates, best first. */
  templates: readonly PickerTemplate[];
  values: PlaceholderValues;
  onChoose(template: PickerTemplate, text: string): void;
  onClose(): void;
}

let pickers = 0;

/**
 * The template picker beside the reply box: a filter field over a list of the
 * fitting templates, with a preview of the selected one filled from the page. Arrow keys
 * move, Enter inserts, Escape closes; Insert works by click too. Everything is text, never HTML.
 */
export function TemplatePicker({ templates, values, onChoose, onClose }: PickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ids = useMemo(() => `sg-templates-${++pickers}`, []);
  const input = useRef<HTMLInputElement>(null);
  const filter = useMemo(() => templateFilter(templates), [templates]);
  const shown = useMemo(() => filter(query), [filter, query]);
  const current = shown[Math.min(active, shown.length - 1)];
  const preview = current ? fillTemplate(current.body, values).text : '';
  useEffect(() => input.current?.focus({ preventScroll: true }), []);

  const choose = () => current && onChoose(current, preview);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.max(0, Math.min(shown.length - 1, index + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (event.isTrusted) choose();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div class="sg-templates-picker" role="group" aria-label={t('templates.picker.label')}>
      <input
        ref={input}
        class="sg-templates-filter"
        type="search"
        aria-controls={`${ids}-list`}
        aria-activedescendant={current ? `${ids}-${current.id}` : undefined}
        aria-label={t('templates.picker.filter')}
        placeholder={t('templates.picker.filter')}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {shown.length === 0 ? <p role="status">{t('templates.picker.none')}</p> : null}
      <ul id={`${ids}-list`} class="sg-templates-list" role="listbox" aria-label={t('templates.picker.label')}>
        {shown.map((template, index) => (
          <li
            key={template.id}
            id={`${ids}-${template.id}`}
            role="option"
            aria-selected={template === current}
            class="sg-templates-option"
            onClick={() => setActive(index)}
            onDblClick={onTrusted(() => onChoose(template, fillTemplate(template.body, values).text))}
          >
            {template.name} <span class="sg-templates-lang">{t(`templates.language.${template.language}`)}</span>
            {template.team ? <span class="sg-templates-team"> {t('templates.team.mark')}</span> : null}
          </li>
        ))}
      </ul>
      {current ? (
        <figure class="sg-templates-preview">
          <figcaption>{t('templates.picker.preview')}</figcaption>
          <pre dir="auto">{preview}</pre>
        </figure>
      ) : null}
      <p class="sg-templates-actions">
        <button type="button" class="sg-button sg-button-primary" disabled={!current} onClick={onTrusted(choose)}>
          {t('templates.picker.insert')}
        </button>{' '}
        <button type="button" class="sg-button" onClick={onClose}>
          {t('templates.picker.close')}
        </button>
      </p>
    </div>
  );
}

import { t } from '../../../locales/current';
import type { PlaceholderValues } from '../../../rules/templates/placeholders';
import type { PickerTemplate } from '../../../utils/templates-protocol';
import { TemplatePicker } from './template-picker';

export interface TemplateBarProps {
  open: boolean;
  templates: readonly PickerTemplate[];
  values: PlaceholderValues;
  /** Placeholders still in the draft (Send is held until they are replaced). */
  unfilled: readonly string[];
  /** The buyer is listed at the team's level: templates only. */
  templatesOnly: boolean;
  error: string;
  onToggle(): void;
  onChoose(template: PickerTemplate, text: string): void;
}

/** The row above the reply box: the Templates button, the templates-only notice, the unfilled-placeholder alert, the picker. */
export function TemplateBar(props: TemplateBarProps) {
  return (
    <div class="sg-templates-bar">
      <button type="button" class="sg-button sg-templates-button" aria-expanded={props.open} onClick={props.onToggle}>
        {t('templates.button')}
      </button>
      {props.templatesOnly ? (
        <p class="sg-templates-only" role="status">
          {t('templates.only')}
        </p>
      ) : null}
      {props.unfilled.length > 0 ? (
        <p class="sg-templates-unfilled" role="alert">
          {t('templates.unfilled', { list: props.unfilled.map((name) => `{${name}}`).join(', ') })}
        </p>
      ) : null}
      {props.error ? <p role="alert">{t('templates.picker.failed', { error: props.error })}</p> : null}
      {props.open ? (
        <TemplatePicker templates={props.templates} values={props.values} onChoose={props.onChoose} onClose={props.onToggle} />
      ) : null}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { PLACEHOLDERS } from '../../../rules/templates/placeholders';
import type { TemplateCheck } from '../../../rules/templates/check-template';
import { CONTACT_REASONS, TEMPLATE_LANGUAGES, type TemplateInput, type TemplateVersion } from '../../../rules/templates/template-schema';
import { getSettings } from '../../../storage/settings';
import { saveTemplate } from '../../../storage/templates/template-store';
import { messageOf } from '../../../utils/errors';
import { TemplateCheckView } from './template-check-view';
import { ChoiceOptions } from '../../../components/choice-options';

interface EditorProps {
  /** The template to edit, or null for a new one. */
  template: TemplateVersion | null;
  onDone(saved: TemplateVersion | null): void;
}

const EMPTY: TemplateInput = { name: '', reason: 'thread-reply', language: 'en', body: '' };

/** Create or edit a template: checked by the draft guard on save; warnings need a confirmation. */
export function TemplateEditor({ template, onDone }: EditorProps) {
  const [input, setInput] = useState<TemplateInput>(template ?? EMPTY);
  const [check, setCheck] = useState<{ body: string; check: TemplateCheck } | null>(null);
  const [error, setError] = useState('');
  const field = <K extends keyof TemplateInput>(key: K) => (event: Event) => {
    setInput({ ...input, [key]: (event.currentTarget as HTMLInputElement).value });
    setCheck(null);
  };

  const save = async (confirmed: boolean) => {
    setError('');
    try {
      const settings = await getSettings();
      const outcome = await saveTemplate({
        id: template?.id,
        input,
        confirmed,
        author: settings.agentName,
        draftOptions: { allowedDomains: settings.allowedDomains, blockedTerms: settings.blockedTerms },
      });
      if ('refused' in outcome) setCheck({ body: input.body, check: outcome.refused });
      else onDone(outcome.saved);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  const confirmable = check?.check.verdict === 'confirm';
  return (
    <form class="template-editor" onSubmit={(event) => (event.preventDefault(), void save(false))}>
      <label>
        {t('templates.field.name')}
        <input value={input.name} onInput={field('name')} required maxLength={120} />
      </label>
      <label>
        {t('templates.field.reason')}
        <select value={input.reason} onChange={field('reason')}>
          <ChoiceOptions values={CONTACT_REASONS} label={(reason) => t(`templates.reason.${reason}`)} />
        </select>
      </label>
      <label>
        {t('templates.field.language')}
        <select value={input.language} onChange={field('language')}>
          <ChoiceOptions values={TEMPLATE_LANGUAGES} label={(language) => t(`templates.language.${language}`)} />
        </select>
      </label>
      <label>
        {t('templates.field.body')}
        <textarea value={input.body} onInput={field('body')} rows={8} required maxLength={4000} dir="auto" />
      </label>
      <p class="template-hint">{t('templates.placeholders', { list: PLACEHOLDERS.map((name) => `{${name}}`).join(' ') })}</p>
      {check ? <TemplateCheckView body={check.body} check={check.check} /> : null}
      {error ? <p role="alert">{error}</p> : null}
      <p class="template-actions">
        <button type="submit">{t('templates.save')}</button>{' '}
        {confirmable ? (
          <button type="button" onClick={() => void save(true)}>
            {t('templates.saveWithWarnings')}
          </button>
        ) : null}{' '}
        <button type="button" onClick={() => onDone(null)}>
          {t('templates.cancel')}
        </button>
      </p>
    </form>
  );
}

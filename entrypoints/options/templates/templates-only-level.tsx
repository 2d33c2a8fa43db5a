import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { ChoiceOptions } from '../../../components/choice-options';
import {
  getTemplatesOnlyLevel,
  setTemplatesOnlyLevel,
  TEMPLATES_ONLY_LEVELS,
  type TemplatesOnlyLevel,
} from '../../../storage/templates/templates-only-setting';

/** The severity from which a listed buyer gets approved templates only. */
export function TemplatesOnlyLevelPicker() {
  const [level, setLevel] = useState<TemplatesOnlyLevel>('high');
  useEffect(() => void getTemplatesOnlyLevel().then(setLevel), []);
  const change = (event: Event) => {
    const next = (event.currentTarget as HTMLSelectElement).value as TemplatesOnlyLevel;
    setLevel(next);
    void setTemplatesOnlyLevel(next);
  };
  return (
    <label class="templates-only-level">
      {t('templates.onlyLevel')}{' '}
      <select value={level} onChange={change}>
        <ChoiceOptions values={TEMPLATES_ONLY_LEVELS} label={(choice) => t(`templates.onlyLevel.${choice}`)} />
      </select>
    </label>
  );
}

import { t } from '../../../locales/current';
import type { TemplateCheck } from '../../../rules/templates/check-template';
import { DraftFindingList } from '../../sellercentral.content/draft-guard/finding-list';
import { toFindingViews } from '../../sellercentral.content/draft-guard/finding-views';
import { MarkedBody } from './marked-body';

/** Why a template was not saved: the body with each problem underlined, then the list. */
export function TemplateCheckView({ body, check }: { body: string; check: TemplateCheck }) {
  const blocked = check.verdict === 'blocked';
  const marks = [
    ...check.findings,
    ...check.placeholders.map((error) => ({ start: error.start, end: error.end, severity: 'block' as const })),
  ];
  return (
    <div class="template-check" role="alert" data-verdict={check.verdict}>
      <p class="template-check-summary">{blocked ? t('templates.blocked') : t('templates.confirm')}</p>
      <MarkedBody text={body} marks={marks} />
      <ul class="template-placeholder-errors">
        {check.placeholders.map((error) => (
          <li key={error.start}>
            {error.suggestion
              ? t('templates.unknownPlaceholderSuggest', { name: `{${error.name}}`, suggestion: `{${error.suggestion}}` })
              : t('templates.unknownPlaceholder', { name: `{${error.name}}` })}
          </li>
        ))}
      </ul>
      {check.findings.length > 0 ? <DraftFindingList findings={toFindingViews(body, check.findings)} /> : null}
    </div>
  );
}

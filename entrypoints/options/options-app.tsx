import type { FunctionComponent } from 'preact';
import { t } from '../../locales/current';
import { useLanguage } from '../../utils/i18n/use-language';
import { AuditSection } from './audit/audit-section';
import { CaptureSection } from './capture/capture-section';
import { RestoreSection } from './restore/restore-section';
import { RetentionSection } from './retention/retention-section';
import { VerifyExportSection } from './verify-export/verify-export-section';
import { LanguagePicker } from './language/language-picker';
import { SettingsSection } from './settings-section';
import { TeamSection } from './team/team-section';
import { TemplatesSection } from './templates/templates-section';
import { WatchlistSection } from './watchlist/watchlist-section';
import { ClockSection } from './response-clock/clock-section';
import { useCurrentSection } from './use-current-section';

interface Section {
  id: 'language' | 'settings' | 'capture' | 'watchlist' | 'retention' | 'verify-export' | 'restore-export' | 'audit-log' | 'team' | 'templates' | 'response-clock';
  Body: FunctionComponent;
}

/** Each capability adds its own section here; sections never depend on each other. */
const SECTIONS: Section[] = [
  { id: 'language', Body: LanguagePicker },
  { id: 'settings', Body: SettingsSection },
  { id: 'capture', Body: CaptureSection },
  { id: 'watchlist', Body: WatchlistSection },
  { id: 'response-clock', Body: ClockSection },
  { id: 'retention', Body: RetentionSection },
  { id: 'verify-export', Body: VerifyExportSection },
  { id: 'restore-export', Body: RestoreSection },
  { id: 'audit-log', Body: AuditSection },
  { id: 'team', Body: TeamSection },
  { id: 'templates', Body: TemplatesSection },
];

const SECTION_IDS = SECTIONS.map((section) => section.id);

/** Options: a side navigation of its sections (the one in view marked) beside the sections. */
export function OptionsApp() {
  useLanguage();
  const current = useCurrentSection(SECTION_IDS);
  return (
    <main class="options">
      <h1>{t('app.name')}</h1>
      <nav aria-label={t('options.nav')} class="options-nav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} aria-current={section.id === current ? 'location' : undefined}>
                {t(`options.section.${section.id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="options-sections">
        {SECTIONS.map(({ id, Body }) => (
          <section key={id} id={id} aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{t(`options.section.${id}`)}</h2>
            <Body />
          </section>
        ))}
      </div>
    </main>
  );
}

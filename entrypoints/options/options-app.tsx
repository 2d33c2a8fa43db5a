import type { FunctionComponent } from 'preact';
import { AuditSection } from './audit/audit-section';
import { CaptureSection } from './capture/capture-section';
import { RestoreSection } from './restore/restore-section';
import { RetentionSection } from './retention/retention-section';
import { VerifyExportSection } from './verify-export/verify-export-section';
import { SettingsSection } from './settings-section';
import { WatchlistSection } from './watchlist/watchlist-section';

interface Section {
  id: string;
  title: string;
  Body: FunctionComponent;
}

/** Each capability adds its own section here; sections never depend on each other. */
const SECTIONS: Section[] = [
  { id: 'settings', title: 'Agent and reply settings', Body: SettingsSection },
  { id: 'capture', title: 'Evidence capture', Body: CaptureSection },
  { id: 'watchlist', title: 'Buyer watchlist', Body: WatchlistSection },
  { id: 'retention', title: 'Retention of buyer data', Body: RetentionSection },
  { id: 'verify-export', title: 'Verify an export', Body: VerifyExportSection },
  { id: 'restore-export', title: 'Restore an export', Body: RestoreSection },
  { id: 'audit-log', title: 'Audit log', Body: AuditSection },
];

export function OptionsApp() {
  return (
    <main class="options">
      <h1>Seller Guard</h1>
      <nav aria-label="Sections">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SECTIONS.map(({ id, title, Body }) => (
        <section key={id} id={id} aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{title}</h2>
          <Body />
        </section>
      ))}
    </main>
  );
}

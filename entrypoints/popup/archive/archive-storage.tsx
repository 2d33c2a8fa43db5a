import { currentLanguage, t } from '../../../locales/current';
const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Bytes in the largest unit that keeps the number at or above 1, in the browser's language. */
function formatBytes(bytes: number): string {
  const power = Math.min(UNITS.length - 1, Math.max(0, Math.floor(Math.log(Math.max(bytes, 1)) / Math.log(1024))));
  return new Intl.NumberFormat(currentLanguage(), { style: 'unit', unit: UNITS[power], maximumFractionDigits: 1 }).format(bytes / 1024 ** power);
}

/** "Storage: 12.3 MB used of 78.1 GB available", from navigator.storage.estimate(). */
export function ArchiveStorage({ usage, quota }: { usage: number | null; quota: number | null }) {
  if (usage === null || quota === null) return null;
  return (
    <p class="archive-storage" data-testid="archive-storage">
      {t('archive.storage', { used: formatBytes(usage), available: formatBytes(quota) })}
    </p>
  );
}

/** "Archive storage: 12.3 MB used of 10.2 GB available", from navigator.storage.estimate(). */
export function ArchiveStorage({ usage, quota }: { usage: number | null; quota: number | null }) {
  if (usage === null || quota === null) return null;
  const format = new Intl.NumberFormat(navigator.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const mb = (bytes: number) => format.format(bytes / 1_048_576);
  return (
    <p class="archive-storage" data-testid="archive-storage">
      Storage: {mb(usage)} used of {mb(quota)} available to Seller Guard
    </p>
  );
}

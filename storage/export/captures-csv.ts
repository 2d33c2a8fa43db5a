import { joinCsvList, toCsv, type CsvValue } from '../../rules/csv';
import type { ReportCapture } from './report-html';
import { translator, type Translator } from '../../locales/translate';

/** Columns of captures.csv, in order; their header cells are in the export's language (English: these names). */
export const CAPTURE_CSV_HEADER = [
  'seq',
  'id',
  'captured_at',
  'page_kind',
  'order_id',
  'buyer_name',
  'buyer_proxy_email',
  'marketplace',
  'asins',
  'tracking_ids',
  'order_status',
  'tracking_statuses',
  'messages',
  'tags',
  'note',
  'source',
  'agent',
  'url',
  'title',
  'screenshots',
  'integrity',
  'sha256',
  'prev_sha256',
] as const;

/** One captures.csv row (lists joined with `;`). Cells are neutralised when written (rules/csv.ts). */
export function captureCsvRow({ record, status, screenshots }: ReportCapture): CsvValue[] {
  const order = record.data.order;
  return [
    record.seq,
    record.id,
    record.capturedAt,
    record.kind,
    record.orderId,
    record.buyerName,
    record.buyerProxyEmail,
    record.marketplace,
    joinCsvList(record.asins),
    joinCsvList(record.trackingIds),
    order?.status ?? null,
    joinCsvList((order?.tracking ?? []).map((t) => `${t.trackingId}: ${t.status ?? '?'}`)),
    record.data.thread?.messages.length ?? 0,
    joinCsvList(record.tags),
    record.note,
    record.source,
    record.agent,
    record.url,
    record.title,
    joinCsvList(screenshots.map((s) => s.path)),
    status,
    record.hash,
    record.prevHash,
  ];
}

/** CSV text for rows, with the header in `t`'s language when `header` is true (the file starts with a BOM then). */
export function capturesCsv(rows: readonly ReportCapture[], header: boolean, t: Translator = translator('en')): string {
  const head = CAPTURE_CSV_HEADER.map((column) => t(`pack.csv.captures.${column}`));
  return toCsv([...(header ? [head] : []), ...rows.map(captureCsvRow)], { bom: header });
}

import { joinCsvList, toCsv, type CsvValue } from '../../rules/csv';
import type { ReportCapture } from './report-html';

/** Columns of captures.csv, in order. */
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

/** CSV text for rows, with the header when `header` is true (the file starts with a BOM then). */
export function capturesCsv(rows: readonly ReportCapture[], header: boolean): string {
  return toCsv([...(header ? [CAPTURE_CSV_HEADER as unknown as CsvValue[]] : []), ...rows.map(captureCsvRow)], { bom: header });
}

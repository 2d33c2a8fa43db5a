import { isSellerCentralUrl } from '../../rules/page/hosts';
import type { CaptureRecord } from '../capture/capture-schema';
import type { EvidenceManifest, ExportedCapture } from './manifest-schema';
import { html, type SafeHtml } from './html';

/**
 * report.html of an evidence pack: self-contained (inline CSS, no scripts, no remote
 * anything: its Content-Security-Policy forbids both) and printable, one section per order.
 * Every piece of page text goes through `html`, which escapes it.
 */

/** A capture as the report shows it: the record, its export-time status and screenshot files. */
export type ReportCapture = Pick<ExportedCapture, 'status' | 'screenshots'> & { record: Omit<CaptureRecord, 'tokens'> };

const STYLE = `
body{font:13px/1.45 system-ui,sans-serif;color:#0f1111;margin:24px auto;max-width:1000px;padding:0 16px}
h1{color:#007185;font-size:22px}h2{border-bottom:2px solid #007185;padding-bottom:4px;margin-top:32px}
h3{font-size:14px;margin:16px 0 6px}table{border-collapse:collapse;width:100%;margin:4px 0 8px}
th,td{border:1px solid #d5d9d9;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f0f2f2}
.text{white-space:pre-wrap;overflow-wrap:anywhere}.hash{font:11px ui-monospace,monospace;overflow-wrap:anywhere;color:#565959}
.altered{color:#b12704;font-weight:600}.redacted{color:#8a4b00}ol.timeline li{margin:0 0 10px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:4px 0}dt{font-weight:600}dd{margin:0}
section.order{break-inside:auto}@media print{a{color:inherit}h2{break-after:avoid}section.order{break-before:page}}
`;

/** "2025-12-10 17:05:00 UTC" plus the ISO instant, for a report read anywhere. */
function when(iso: string | null): SafeHtml {
  if (!iso) return html`—`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return html`${iso}`;
  return html`<time datetime="${date.toISOString()}">${date.toISOString().replace('T', ' ').slice(0, 19)} UTC</time>`;
}

const STATUS_LABEL = { intact: 'Hash verified', redacted: 'Redacted by retention (recorded in the archive events)', altered: 'ALTERED: content does not match its hash' } as const;

function statusRows(captures: readonly ReportCapture[]): SafeHtml {
  const rows: SafeHtml[] = [];
  let previous = '';
  for (const { record } of captures) {
    const order = record.data.order;
    if (!order) continue;
    const tracking = order.tracking.length ? order.tracking : [null];
    const signature = JSON.stringify([order.status, order.tracking]);
    if (signature === previous) continue;
    previous = signature;
    for (const t of tracking) {
      rows.push(html`<tr><td>${when(record.capturedAt)}</td><td>${order.status ?? '—'}</td><td>${t?.trackingId ?? '—'}</td><td>${t?.carrier ?? '—'}</td><td>${t?.status ?? '—'}</td><td>${t?.date ?? '—'}</td></tr>`);
    }
  }
  if (!rows.length) return html`<p>No order-details capture of this order.</p>`;
  return html`<table><thead><tr><th>Captured</th><th>Order status</th><th>Tracking id</th><th>Carrier</th><th>Tracking status</th><th>Date shown</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function messageRows(captures: readonly ReportCapture[]): SafeHtml {
  const seen = new Set<string>();
  const rows: { sort: string; row: SafeHtml }[] = [];
  for (const { record } of captures) {
    for (const m of record.data.thread?.messages ?? []) {
      const key = JSON.stringify([m.direction, m.timeIso ?? m.time, m.text]);
      if (seen.has(key)) continue;
      seen.add(key);
      const time = m.timeIso ? when(m.timeIso) : html`${m.time ?? '—'}`;
      rows.push({
        sort: m.timeIso ?? record.capturedAt,
        row: html`<tr><td>${time}${m.timeIso && m.time ? html`<br>(shown as ${m.time})` : ''}</td><td>${m.direction}${m.sender ? html`: ${m.sender}` : ''}</td><td class="text">${m.text}</td><td>#${record.seq}</td></tr>`,
      });
    }
  }
  if (!rows.length) return html`<p>No message thread captured for this order.</p>`;
  rows.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  return html`<table><thead><tr><th>Time</th><th>From</th><th>Message</th><th>Capture</th></tr></thead><tbody>${rows.map((r) => r.row)}</tbody></table>`;
}

function timelineItem({ record, status, screenshots }: ReportCapture): SafeHtml {
  const link = isSellerCentralUrl(record.url) ? html`<a href="${record.url}">${record.url}</a>` : html`${record.url}`;
  const shots = screenshots.length
    ? screenshots.map((s, i) => html`${i ? ', ' : ''}<a href="${s.path}">${s.path}</a>`)
    : html`none${record.screenshotNote ? html` (${record.screenshotNote})` : ''}`;
  return html`<li id="capture-${record.seq}"><strong>${when(record.capturedAt)}</strong> — capture #${record.seq}, ${record.kind} page
<dl><dt>Page</dt><dd>${record.title || '—'} — ${link}</dd>
<dt>Captured by</dt><dd>${record.agent || '—'} (${record.source}, Seller Guard ${record.extensionVersion})</dd>
<dt>Screenshots</dt><dd>${shots}</dd>
${record.tags.length ? html`<dt>Tags</dt><dd>${record.tags.join(', ')}</dd>` : ''}
${record.note ? html`<dt>Note</dt><dd class="text">${record.note}</dd>` : ''}
<dt>Integrity</dt><dd class="${status === 'intact' ? '' : status}">${STATUS_LABEL[status]}</dd>
<dt>SHA-256</dt><dd class="hash">${record.hash}</dd><dt>Previous</dt><dd class="hash">${record.prevHash}</dd></dl></li>`;
}

/** One order's section (or the captures without an order, when `orderId` is null). */
export function orderSection(orderId: string | null, captures: readonly ReportCapture[]): SafeHtml {
  const sorted = [...captures].sort((a, b) => (a.record.capturedAt < b.record.capturedAt ? -1 : 1));
  const first = sorted[0]?.record;
  const buyer = sorted.map((c) => c.record.buyerName).find(Boolean);
  const title = orderId ? html`Order ${orderId}` : html`Captures without an order id`;
  return html`<section class="order" id="${orderId ? `order-${orderId}` : 'no-order'}"><h2>${title}</h2>
<p>Marketplace ${first?.marketplace ?? '—'} · Buyer ${buyer ?? '—'} · ${sorted.length} capture(s), ${when(first?.capturedAt ?? null)} to ${when(sorted.at(-1)?.record.capturedAt ?? null)}</p>
<h3>Order status and tracking</h3>${statusRows(sorted)}
<h3>Messages</h3>${messageRows(sorted)}
<h3>Capture timeline</h3><ol class="timeline">${sorted.map(timelineItem)}</ol></section>`;
}

/** Everything before the order sections: title, export facts, table of contents. */
export function reportHead(manifest: Pick<EvidenceManifest, 'exportedAt' | 'exportedBy' | 'extensionVersion' | 'scope' | 'chain'>, orders: readonly (string | null)[], captureCount: number): SafeHtml {
  const scope = manifest.scope.type === 'order' ? `Evidence pack for order ${manifest.scope.orderId}` : manifest.scope.type === 'search' ? `Search results for “${manifest.scope.query ?? ''}”` : 'The whole archive';
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width"><title>Seller Guard evidence report — ${scope}</title><style>${STYLE}</style></head><body>
<h1>Seller Guard evidence report</h1><dl><dt>Contents</dt><dd>${scope}: ${captureCount} capture(s) in ${orders.length} section(s)</dd>
<dt>Exported</dt><dd>${when(manifest.exportedAt)} by ${manifest.exportedBy || '—'} with Seller Guard ${manifest.extensionVersion}</dd>
<dt>Archive chain head</dt><dd class="hash">${manifest.chain.head ? `#${manifest.chain.head.seq} ${manifest.chain.head.hash}` : '—'}</dd></dl>
<p>Every capture carries the SHA-256 of its content and of the capture before it. manifest.json lists the SHA-256 of every file in this pack; Seller Guard's options page ("Verify an export") recomputes them all.</p>
<nav><h3>Orders</h3><ul>${orders.map((o) => html`<li><a href="#${o ? `order-${o}` : 'no-order'}">${o ?? 'Captures without an order id'}</a></li>`)}</ul></nav>`;
}

export const REPORT_END = '</body></html>\n';

import { isSellerCentralUrl } from '../../rules/page/hosts';
import type { CaptureRecord } from '../capture/capture-schema';
import type { EvidenceManifest, ExportedCapture } from './manifest-schema';
import { escapeHtml, html, SafeHtml } from './html';
import { fillPlaceholders } from '../../locales/format';
import { utcDateTimeText } from '../../locales/dates';
import type { MessageKey, Translator } from '../../locales/translate';

/**
 * report.html of an evidence pack: self-contained (inline CSS, no scripts, no remote
 * anything: its Content-Security-Policy forbids both) and printable, one section per order.
 * Every piece of page text goes through `html`, which escapes it. Written in the language of
 * the translator it is given (the agent's interface language when exported).
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

/**
 * A catalogue sentence whose placeholders may be markup (a <time>): the sentence's own words
 * and every text value are escaped, SafeHtml values are inserted as they are.
 */
function sentence(t: Translator, key: MessageKey, params: Record<string, string | number | SafeHtml>): SafeHtml {
  const parts = t.dynamic(key).split(/\{(\w+)\}/);
  const out = parts.map((part, i) => {
    if (i % 2 === 0) return escapeHtml(part);
    const value = params[part];
    if (value instanceof SafeHtml) return value.value;
    return escapeHtml(value === undefined ? `{${part}}` : fillPlaceholders('{v}', { v: value }, t.language));
  });
  return new SafeHtml(out.join(''));
}

/** "10 Dec 2025, 17:05:00 UTC" in the report's language, the ISO instant in `datetime`. */
function when(iso: string | null, t: Translator): SafeHtml {
  if (!iso) return html`—`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return html`${iso}`;
  return html`<time datetime="${date.toISOString()}">${t('pack.when', { date: utcDateTimeText(date, t.language) })}</time>`;
}

function statusRows(captures: readonly ReportCapture[], t: Translator): SafeHtml {
  const rows: SafeHtml[] = [];
  let previous = '';
  for (const { record } of captures) {
    const order = record.data.order;
    if (!order) continue;
    const tracking = order.tracking.length ? order.tracking : [null];
    const signature = JSON.stringify([order.status, order.tracking]);
    if (signature === previous) continue;
    previous = signature;
    for (const track of tracking) {
      rows.push(html`<tr><td>${when(record.capturedAt, t)}</td><td>${order.status ?? '—'}</td><td>${track?.trackingId ?? '—'}</td><td>${track?.carrier ?? '—'}</td><td>${track?.status ?? '—'}</td><td>${track?.date ?? '—'}</td></tr>`);
    }
  }
  if (!rows.length) return html`<p>${t('pack.status.none')}</p>`;
  const heads = (['captured', 'orderStatus', 'trackingId', 'carrier', 'trackingStatus', 'dateShown'] as const).map((key) => html`<th>${t(`pack.status.${key}`)}</th>`);
  return html`<table><thead><tr>${heads}</tr></thead><tbody>${rows}</tbody></table>`;
}

function messageRows(captures: readonly ReportCapture[], t: Translator): SafeHtml {
  const seen = new Set<string>();
  const rows: { sort: string; row: SafeHtml }[] = [];
  for (const { record } of captures) {
    for (const m of record.data.thread?.messages ?? []) {
      const key = JSON.stringify([m.direction, m.timeIso ?? m.time, m.text]);
      if (seen.has(key)) continue;
      seen.add(key);
      const time = m.timeIso ? when(m.timeIso, t) : html`${m.time ?? '—'}`;
      rows.push({
        sort: m.timeIso ?? record.capturedAt,
        row: html`<tr><td>${time}${m.timeIso && m.time ? html`<br>${t('pack.messages.shownAs', { time: m.time })}` : ''}</td><td>${t(`archive.data.direction.${m.direction}`)}${m.sender ? html`: ${m.sender}` : ''}</td><td class="text">${m.text}</td><td>#${record.seq}</td></tr>`,
      });
    }
  }
  if (!rows.length) return html`<p>${t('pack.messages.none')}</p>`;
  rows.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  const heads = (['time', 'from', 'message', 'capture'] as const).map((key) => html`<th>${t(`pack.messages.${key}`)}</th>`);
  return html`<table><thead><tr>${heads}</tr></thead><tbody>${rows.map((r) => r.row)}</tbody></table>`;
}

function timelineItem({ record, status, screenshots }: ReportCapture, t: Translator): SafeHtml {
  const link = isSellerCentralUrl(record.url) ? html`<a href="${record.url}">${record.url}</a>` : html`${record.url}`;
  const shots = screenshots.length
    ? screenshots.map((s, i) => html`${i ? ', ' : ''}<a href="${s.path}">${s.path}</a>`)
    : html`${t('pack.capture.noScreenshots')}${record.screenshotNote ? html` (${record.screenshotNote})` : ''}`;
  const by = t('pack.capture.byValue', { agent: record.agent || '—', source: t(`pack.source.${record.source}`), version: record.extensionVersion });
  return html`<li id="capture-${record.seq}"><strong>${when(record.capturedAt, t)}</strong> — ${t('pack.capture.heading', { seq: record.seq, kind: t(`page.kind.${record.kind}`) })}
<dl><dt>${t('pack.capture.page')}</dt><dd>${record.title || '—'} — ${link}</dd>
<dt>${t('pack.capture.by')}</dt><dd>${by}</dd>
<dt>${t('pack.capture.screenshots')}</dt><dd>${shots}</dd>
${record.tags.length ? html`<dt>${t('pack.capture.tags')}</dt><dd>${record.tags.join(', ')}</dd>` : ''}
${record.note ? html`<dt>${t('pack.capture.note')}</dt><dd class="text">${record.note}</dd>` : ''}
<dt>${t('pack.capture.integrity')}</dt><dd class="${status === 'intact' ? '' : status}">${t(`pack.integrity.${status}`)}</dd>
<dt>SHA-256</dt><dd class="hash">${record.hash}</dd><dt>${t('pack.capture.previous')}</dt><dd class="hash">${record.prevHash}</dd></dl></li>`;
}

/** One order's section (or the captures without an order, when `orderId` is null). */
export function orderSection(orderId: string | null, captures: readonly ReportCapture[], t: Translator): SafeHtml {
  const sorted = [...captures].sort((a, b) => (a.record.capturedAt < b.record.capturedAt ? -1 : 1));
  const first = sorted[0]?.record;
  const buyer = sorted.map((c) => c.record.buyerName).find(Boolean);
  const title = orderId ? t('pack.order.title', { orderId }) : t('pack.noOrder');
  const summary = sentence(t, 'pack.order.summary', {
    marketplace: first?.marketplace ?? '—',
    buyer: buyer ?? '—',
    captures: sorted.length,
    from: when(first?.capturedAt ?? null, t),
    to: when(sorted.at(-1)?.record.capturedAt ?? null, t),
  });
  return html`<section class="order" id="${orderId ? `order-${orderId}` : 'no-order'}"><h2>${title}</h2>
<p>${summary}</p>
<h3>${t('pack.order.status')}</h3>${statusRows(sorted, t)}
<h3>${t('pack.order.messages')}</h3>${messageRows(sorted, t)}
<h3>${t('pack.order.timeline')}</h3><ol class="timeline">${sorted.map((capture) => timelineItem(capture, t))}</ol></section>`;
}

/** Everything before the order sections: title, export facts, table of contents. */
export function reportHead(
  manifest: Pick<EvidenceManifest, 'exportedAt' | 'exportedBy' | 'extensionVersion' | 'scope' | 'chain'>,
  orders: readonly (string | null)[],
  captureCount: number,
  t: Translator,
): SafeHtml {
  const { scope: s } = manifest;
  const scope = s.type === 'order' ? t('pack.scope.order', { orderId: s.orderId ?? '' }) : s.type === 'search' ? t('pack.scope.search', { query: s.query ?? '' }) : t('pack.scope.all');
  const exported = sentence(t, 'pack.head.exportedValue', { when: when(manifest.exportedAt, t), agent: manifest.exportedBy || '—', version: manifest.extensionVersion });
  return html`<!doctype html><html lang="${t.language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width"><title>${t('pack.report.titleWith', { scope })}</title><style>${STYLE}</style></head><body>
<h1>${t('pack.report.title')}</h1><dl><dt>${t('pack.head.contents')}</dt><dd>${t('pack.head.contentsValue', { scope, captures: captureCount, sections: orders.length })}</dd>
<dt>${t('pack.head.exported')}</dt><dd>${exported}</dd>
<dt>${t('pack.head.chainHead')}</dt><dd class="hash">${manifest.chain.head ? `#${manifest.chain.head.seq} ${manifest.chain.head.hash}` : '—'}</dd></dl>
<p>${t('pack.head.explain')}</p>
<nav><h3>${t('pack.head.orders')}</h3><ul>${orders.map((o) => html`<li><a href="#${o ? `order-${o}` : 'no-order'}">${o ?? t('pack.noOrder')}</a></li>`)}</ul></nav>`;
}

export const REPORT_END = '</body></html>\n';

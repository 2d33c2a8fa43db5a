import { beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../rules/csv';
import { verifyExport } from '../../../../storage/export/verify-export';
import type { Language } from '../../../../locales/languages';
import { at, orderDraft, resetDb, seed, threadDraft } from '../archive-fixtures';
import { pack, text, unzip } from './pack-helpers';

beforeEach(resetDb);

const ORDER = '112-4837261-5938217';
const XSS = '<script>alert(1)</script> delivered?';

async function seedOrder() {
  await seed(
    [
      orderDraft({ capturedAt: at(1), orderId: ORDER, buyerName: '=HYPERLINK("http://evil.example","Jordan")', screenshot: 'visible' }),
      threadDraft({ capturedAt: at(2), orderId: ORDER, buyerName: 'Jordan <b>Ellis</b>', messages: [XSS] }),
    ],
    true,
  );
}

async function packIn(language: Language) {
  const result = await pack({ type: 'order', orderId: ORDER }, { language });
  return { blob: result.blob, files: await unzip(result.blob) };
}

describe('an evidence pack in the agent language', () => {
  it.each<[Language, string, string, string, string]>([
    ['en', 'captured_at', 'summary', '<h1>Seller Guard evidence report</h1>', '1 January 2026 00:01:00 UTC'],
    ['de', 'Gesichert am', 'Zusammenfassung', '<h1>Seller-Guard-Beweisbericht</h1>', '1. Januar 2026 00:01:00 UTC'],
    ['zh-CN', '截取时间', '摘要', '<h1>Seller Guard 证据报告</h1>', '2026年1月1日 00:01:00（UTC）'],
  ])('%s: headers, report and dates in the language', async (language, captureColumn, auditColumn, title, date) => {
    await seedOrder();
    const { files } = await packIn(language);
    expect(parseCsv(text(files['captures.csv'])).at(0)!.cells).toContain(captureColumn);
    expect(parseCsv(text(files['audit-log.csv'])).at(0)!.cells).toContain(auditColumn);
    const report = text(files['report.html']);
    expect(report).toContain(`<html lang="${language}">`);
    expect(report).toContain(title);
    expect(report).toContain(`<time datetime="2026-01-01T00:01:00.000Z">${date}</time>`);
  });

  it('a German pack has German words throughout and still verifies', async () => {
    await seedOrder();
    const { blob, files } = await packIn('de');
    const report = text(files['report.html']);
    for (const words of ['Bestellstatus und Sendungsverfolgung', 'Zeitleiste der Sicherungen', 'Hash bestätigt', 'Käufer']) {
      expect(report).toContain(words);
    }
    expect(report).not.toMatch(/Order status and tracking|Capture timeline|Hash verified/);
    expect(await verifyExport(blob)).toMatchObject({ ok: true, problems: [], captures: { checked: 2, intact: 2 } });
  });

  it('still escapes page text and neutralises formula cells in every language', async () => {
    await seedOrder();
    for (const language of ['de', 'zh-CN'] as const) {
      const { files } = await packIn(language);
      const report = text(files['report.html']);
      expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt; delivered?');
      expect(report).toContain('Jordan &lt;b&gt;Ellis&lt;/b&gt;');
      expect(report).not.toMatch(/<script|<b>Ellis/);
      const rows = parseCsv(text(files['captures.csv']));
      const buyer = rows[0]!.cells.indexOf(language === 'de' ? 'Käufername' : '买家姓名');
      expect(rows[1]!.cells[buyer]).toBe('\'=HYPERLINK("http://evil.example","Jordan")');
    }
  });
});

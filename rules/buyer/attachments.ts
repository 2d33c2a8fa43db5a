import type { BuyerAttachment, BuyerFinding } from './types';

/**
 * Attachment names that hide or run code: right-to-left and other bidi controls that reverse
 * how the name reads (`photo‮gpj.exe` shows as `photoexe.jpg`), a harmless-looking extension
 * before a risky one (`invoice.pdf.exe`), executables, scripts and macro documents, HTML and
 * SVG pages (they can carry a fake login form), and archives (they hide what is inside).
 * Photos, PDFs, videos and plain office documents pass.
 */

const BIDI_RE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const KINDS: Record<string, 'executable' | 'script' | 'html' | 'archive'> = {};
for (const ext of ['exe', 'msi', 'scr', 'com', 'pif', 'bat', 'cmd', 'dll', 'apk', 'app', 'dmg', 'jar', 'cpl', 'msc', 'lnk', 'pkg', 'deb', 'run', 'bin']) KINDS[ext] = 'executable';
for (const ext of ['js', 'jse', 'mjs', 'vbs', 'vbe', 'wsf', 'wsh', 'ps1', 'psm1', 'sh', 'py', 'hta', 'reg', 'docm', 'xlsm', 'pptm', 'dotm', 'xlam', 'applescript']) KINDS[ext] = 'script';
for (const ext of ['html', 'htm', 'xhtml', 'shtml', 'svg', 'mht', 'mhtml', 'xht']) KINDS[ext] = 'html';
for (const ext of ['zip', 'rar', '7z', 'tar', 'gz', 'tgz', 'bz2', 'xz', 'cab', 'iso', 'img', 'ace', 'arj', 'lzh', 'z']) KINDS[ext] = 'archive';

/** Extensions a file may pretend to be before its real one. */
const DECOY = new Set(['pdf', 'jpg', 'jpeg', 'png', 'gif', 'heic', 'webp', 'doc', 'docx', 'xls', 'xlsx', 'txt', 'csv', 'mp4', 'mov', 'invoice', 'receipt']);

/** The findings for one attachment name (at most one: the most telling reason). */
function judgeName(name: string): BuyerFinding | null {
  const base = { category: 'attachment' as const, severity: 'high' as const, start: 0, end: 0, attachment: name };
  if (BIDI_RE.test(name)) return { ...base, ruleId: 'attachment.rtl-override', messageKey: 'buyer.finding.attachment.rtl-override', params: { name: visibleName(name) } };
  const parts = name.trim().toLowerCase().split('.');
  const ext = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
  const kind = KINDS[ext];
  if (!kind) return null;
  const decoy = parts.length > 2 ? (parts[parts.length - 2] ?? '') : '';
  if (DECOY.has(decoy) && kind !== 'archive') {
    return { ...base, ruleId: 'attachment.double-extension', messageKey: 'buyer.finding.attachment.double-extension', params: { name, ext } };
  }
  return { ...base, ruleId: `attachment.${kind}`, messageKey: `buyer.finding.attachment.${kind}`, params: { name, ext } };
}

/** The name with its bidi controls shown as `[RLO]`-style marks, so the warning reads true. */
export function visibleName(name: string): string {
  return name.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}

/** One finding per risky attachment name. */
export function assessAttachments(attachments: readonly BuyerAttachment[]): BuyerFinding[] {
  return attachments.map((a) => judgeName(a.name.slice(0, 300))).filter((f): f is BuyerFinding => f !== null);
}

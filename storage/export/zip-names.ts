import { SellerGuardError } from '../../utils/errors';
import { t } from '../../locales/current';
import type { MessageKey } from '../../locales/translate';

// Control characters (C0, DEL) have no place in a file name and hide what a name really is.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const NAME_RULES: [(name: string) => boolean, MessageKey][] = [
  [(n) => n.length === 0, 'problem.zipName.empty'],
  [(n) => n.startsWith('/') || /^[a-z]:/i.test(n), 'problem.zipName.absolute'],
  [(n) => n.includes('\\'), 'problem.zipName.backslash'],
  [(n) => CONTROL.test(n) || n.includes('\ufffd'), 'problem.zipName.control'],
  [(n) => n.replace(/\/$/, '').split('/').some((part) => part === '..' || part === '.' || part === ''), 'problem.zipName.climbs'],
];

/**
 * Refuse an entry name that could leave the folder it is unpacked into or hide its real
 * name: absolute (`/x`, `C:x`), with a `..` or empty segment, a backslash or a control
 * character. Throws a `zip-format` SellerGuardError naming the entry.
 * @example checkEntryName('../../.config/autostart/x') // throws
 */
export function checkEntryName(name: string): void {
  const problem = NAME_RULES.find(([bad]) => bad(name))?.[1];
  if (problem) throw new SellerGuardError('zip-format', t('problem.zip.badName', { name: JSON.stringify(name.slice(0, 200)), problem: t.dynamic(problem) }));
}

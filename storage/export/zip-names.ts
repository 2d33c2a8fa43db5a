import { SellerGuardError } from '../../utils/errors';

// Control characters (C0, DEL) have no place in a file name and hide what a name really is.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const NAME_RULES: [(name: string) => boolean, string][] = [
  [(n) => n.length === 0, 'has an empty name'],
  [(n) => n.startsWith('/') || /^[a-z]:/i.test(n), 'is an absolute path'],
  [(n) => n.includes('\\'), 'contains a backslash'],
  [(n) => CONTROL.test(n) || n.includes('\ufffd'), 'contains control or undecodable characters'],
  [(n) => n.replace(/\/$/, '').split('/').some((part) => part === '..' || part === '.' || part === ''), 'climbs out of the pack or has an empty segment ("..", ".", "//")'],
];

/**
 * Refuse an entry name that could leave the folder it is unpacked into or hide its real
 * name: absolute (`/x`, `C:x`), with a `..` or empty segment, a backslash or a control
 * character. Throws a `zip-format` SellerGuardError naming the entry.
 * @example checkEntryName('../../.config/autostart/x') // throws
 */
export function checkEntryName(name: string): void {
  const problem = NAME_RULES.find(([bad]) => bad(name))?.[1];
  if (problem) throw new SellerGuardError('zip-format', `The ZIP entry ${JSON.stringify(name.slice(0, 200))} ${problem}, so the pack was not read.`);
}

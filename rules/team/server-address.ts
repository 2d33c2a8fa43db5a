/**
 * The team server address an agent typed, checked before anything is sent: `https://…`
 * anywhere, plain `http://` only to this computer (localhost, 127.0.0.1, [::1]), because a
 * bearer token must never cross a network in clear text. Pure: no DOM, no browser APIs.
 */
export type ServerAddressProblem = 'empty' | 'not-a-url' | 'scheme' | 'plain-http' | 'credentials';

export type ServerAddress = { ok: true; origin: string } | { ok: false; problem: ServerAddressProblem };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The server's origin (`https://team.example.com`, `http://127.0.0.1:8787`) or why not. */
export function parseServerAddress(input: string): ServerAddress {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (url.protocol === 'https:') return { ok: true, origin: url.origin };
  if (url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (!LOOPBACK_HOSTS.has(url.hostname)) return { ok: false, problem: 'plain-http' };
  return { ok: true, origin: url.origin };
}

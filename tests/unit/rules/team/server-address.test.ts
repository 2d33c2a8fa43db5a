import { describe, expect, it } from 'vitest';
import { parseServerAddress } from '../../../../rules/team/server-address';

describe('team server address', () => {
  it.each([
    ['https://team.example.com', 'https://team.example.com'],
    ['  https://team.example.com:8443/some/path  ', 'https://team.example.com:8443'],
    ['http://localhost:8787', 'http://localhost:8787'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
    ['http://[::1]:8787', 'http://[::1]:8787'],
  ])('accepts %s as %s', (input, origin) => {
    expect(parseServerAddress(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'empty'],
    ['team.example.com', 'not-a-url'],
    ['ftp://team.example.com', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['http://team.example.com', 'plain-http'],
    ['http://192.168.1.20:8787', 'plain-http'],
    ['http://127.0.0.1.evil.example', 'plain-http'],
    ['http://localhost.evil.example', 'plain-http'],
    ['https://user:secret@team.example.com', 'credentials'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseServerAddress(input)).toEqual({ ok: false, problem });
  });
});

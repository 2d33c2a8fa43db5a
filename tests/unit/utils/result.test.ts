import { describe, expect, it, vi } from 'vitest';
import { SellerGuardError, userSentence } from '../../../utils/errors';
import { resultOf } from '../../../utils/result';

describe('one call-and-fail path for direct calls', () => {
  it('answers a value as ok', async () => {
    await expect(resultOf(async () => 42, 'test')).resolves.toEqual({ ok: true, value: 42 });
  });

  it.each([
    ['a SellerGuardError keeps its code and sentence', new SellerGuardError('invalid-input', 'notes: required'), { code: 'invalid-input', message: 'notes: required' }, false],
    ['a full disk is quota, in the one sentence', new DOMException('full', 'QuotaExceededError'), { code: 'quota', message: userSentence('quota') }, false],
    ['anything else is internal, and logged', new Error('Database closed'), { code: 'internal', message: 'Database closed' }, true],
  ])('%s', async (_name, thrown, error, logged) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await resultOf(() => Promise.reject(thrown), 'saving a note');
    expect(result).toEqual({ ok: false, error });
    expect(log.mock.calls.length > 0).toBe(logged);
    log.mockRestore();
  });

  it('a SellerGuardError keeps what a form points at: row, field, what its sentence names, every problem, the HTTP status', async () => {
    const thrown = new SellerGuardError('import-invalid-entry', 'Entry 2: bad reason.', { row: 2, field: 'reason', mentions: ['row'], problems: ['a', 'b'], status: 400, cause: new Error('zod') });
    const result = await resultOf(() => Promise.reject(thrown), 'importing');
    expect(result).toStrictEqual({
      ok: false,
      error: { code: 'import-invalid-entry', message: 'Entry 2: bad reason.', row: 2, field: 'reason', mentions: ['row'], problems: ['a', 'b'], status: 400 },
    });
  });
});

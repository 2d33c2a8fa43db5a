import { beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('../../../utils/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
const { callBackground } = await import('../../../utils/call-background');

describe('asking the background', () => {
  beforeEach(() => {
    sendMessage.mockReset();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });

  it("passes a handler's Result through unchanged", async () => {
    sendMessage.mockResolvedValueOnce({ ok: false, error: { code: 'quota', message: 'full' } });
    expect(await callBackground('verifyArchive', {})).toEqual({ ok: false, error: { code: 'quota', message: 'full' } });
  });

  it('wraps a plain answer (a content script answering the popup) in a Result', async () => {
    sendMessage.mockResolvedValueOnce(null);
    expect(await callBackground('getPageInfo', {}, 7)).toEqual({ ok: true, value: null });
    expect(sendMessage).toHaveBeenCalledWith('getPageInfo', {}, 7);
  });

  it('turns a message that could not be delivered into an "unavailable" failure instead of throwing', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const result = await callBackground('autoCapture', {});
    expect(result).toEqual({ ok: false, error: { code: 'unavailable', message: 'Could not establish connection. Receiving end does not exist.' } });
  });

  it('tells the agent to reload when the extension was reloaded under the page', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    const result = await callBackground('captureFromPage', { mode: 'visible', tags: [], note: '' } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/Reload the page/) } });
  });
});

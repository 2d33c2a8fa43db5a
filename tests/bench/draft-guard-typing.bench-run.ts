import { expect, it } from 'vitest';
import { launchExtension } from '../e2e/harness';
import { FIXTURE_URLS } from '../fixtures/site';
import { recordBench } from './record';
import { summariseTasks, traceTasks } from './trace-tasks';

// Issue 3: typing stays smooth — no long task over 50 ms from the extension while typing a
// 2,000-character draft into the contact page's kat-textarea, with the draft guard analysing,
// underlining and listing findings as the text grows. Content scripts run on the page's main
// thread, and a PerformanceObserver in the page cannot tell whose code a long task ran, so a
// Chromium trace attributes each main-thread task to the scripts that ran in it. Wall-clock
// durations grow when other processes take the CPU (a shared CI machine), so the trace's
// thread CPU time is reported too: the cost of the task itself. "Extension code" is the whole
// content script (every in-page feature), so the draft guard's share is at most that.
const SENTENCES = [
  'Hi Jordan, thank you for your message about order 112-4837261-5938217 and sorry for the trouble with the delivery.',
  'I checked the tracking for UPS 1Z999AA10123456784 and the carrier shows it was handed over on Dec 9, 2025 at 3:04 PM.',
  'If it does not turn up by tomorrow evening, reply here and we will send a replacement of the X200 drill (model X200-B, 18 V).',
  'You can also write to support@acme-tools.com if that is easier for you.',
  'The manual is at https://manuals.acme-tools.example/x200.pdf and the warranty terms are on the product page.',
  'The refund of $24.99 for the shipping fee will show on your card within 3 to 5 business days.',
  'We are sorry again for the wait, and we appreciate your patience while we sort this out with the carrier.',
];

function draftOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i += 1) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, length);
}

it('typing a 2,000-character draft into the contact page', async () => {
  const harness = await launchExtension('e2e');
  try {
    const page = await harness.open(FIXTURE_URLS.contactUs);
    const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
    await field.waitFor();
    await field.click();
    const cdp = await harness.context.newCDPSession(page);
    const extension = `chrome-extension://${harness.extensionId}/`;

    const draft = draftOf(2000);
    let typingMs = 0;
    const events = await traceTasks(cdp, async () => {
      const started = Date.now();
      await page.keyboard.type(draft);
      typingMs = Date.now() - started;
      await page.locator('seller-guard-draft-panel .sg-draft-finding').first().waitFor();
      await page.waitForTimeout(1000);
    });
    const tasks = summariseTasks(events, extension);

    // The guard really worked on this draft, and the trace really saw its script run.
    expect(await field.inputValue()).toBe(draft);
    expect(await page.locator('seller-guard-draft-overlay .sg-draft-mark').count()).toBeGreaterThan(0);
    expect(tasks.tasksWithScript).toBeGreaterThan(0);
    recordBench('draft guard, typing 2,000 chars: longest task running extension code, CPU', tasks.longestTaskWithScriptCpu, 'ms');
    recordBench('draft guard, typing 2,000 chars: most extension script CPU in one task', tasks.longestScriptCpuInTask, 'ms');
    recordBench('draft guard, typing 2,000 chars: longest task running extension code, wall clock', tasks.longestTaskWithScript, 'ms');
    recordBench('draft guard, typing 2,000 chars: page tasks over 50 ms wall clock (any code)', tasks.longTasks, 'tasks');
    recordBench('draft guard, typing 2,000 chars: keystrokes per second', (draft.length / typingMs) * 1000, 'keys/s');
  } finally {
    await harness.close();
  }
});

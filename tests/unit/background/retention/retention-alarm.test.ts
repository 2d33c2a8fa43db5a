import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerRetentionAlarm, RETENTION_ALARM, runScheduledRetention } from '../../../../entrypoints/background/retention/retention-alarm';
import { db } from '../../../../storage/db';
import { updateSettings } from '../../../../storage/settings';
import { orderDraft, resetDb, seed } from '../../storage/archive-fixtures';

beforeEach(resetDb);

describe('retention alarm', () => {
  it('schedules a daily run', async () => {
    registerRetentionAlarm();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.filter((a) => a.name === RETENTION_ALARM)).toEqual([expect.objectContaining({ periodInMinutes: 24 * 60 })]);
  });

  it("runs with the agent's retention settings and logs the run", async () => {
    await updateSettings({ agentName: 'Dana', retention: { redactAfterDays: 7, deleteAfterDays: null } });
    const [old] = await seed([orderDraft({ capturedAt: new Date(Date.now() - 10 * 86_400_000).toISOString() })]);
    await runScheduledRetention();
    expect((await db.captures.get(old!.id))?.buyerName).toBeNull();
    expect(await db.audit.where('kind').equals('retention').first()).toMatchObject({ agent: 'Dana', summary: 'Retention run: 1 capture(s) redacted, 0 deleted' });
  });
});

import type { Page } from 'playwright-core';
import type { Harness } from '../harness';

/** Join a team from Options → Team workspace as a person would; returns the Options page, connected. */
export async function joinFromOptions(harness: Harness, origin: string, inviteCode: string, name: string): Promise<Page> {
  const options = await harness.openOptions();
  await options.getByLabel('Team server address').fill(origin);
  await options.getByLabel('Invite code').fill(inviteCode);
  await options.getByRole('button', { name: 'Join team' }).click();
  await options.getByTestId('team-connected').filter({ hasText: `Connected as ${name}` }).waitFor({ timeout: 60_000 });
  return options;
}

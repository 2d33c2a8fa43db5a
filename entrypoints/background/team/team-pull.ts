import { browser } from '#imports';
import { WATCHLIST_PAGE_MAX } from '../../../rules/team/watchlist-protocol';
import { pulledPageSchema } from '../../../storage/team/team-pulled-entry';
import { applyTeamEntries, teamCursor } from '../../../storage/team/team-watchlist-apply';
import { WATCHLIST_REVISION_STORAGE_KEY } from '../../../utils/team-protocol';
import { teamFetch } from './team-client';
import { followPolicySignal, heldPolicyVersion, POLICY_SIGNAL, policyQuery } from './team-pull-policy';
import { runRetryLoop } from './team-retry';
import { patchTeamState, type TeamState } from './team-state';

/** How long the server may hold a live pull open (seconds); a pending fetch keeps the worker awake. */
const LIVE_WAIT_S = 25;
/** The server's largest page: the first sync of a long list takes few round trips and few transactions. */
const PAGE = WATCHLIST_PAGE_MAX;
const MAX_BACKOFF_MS = 30_000;
/** A pull's page with the policy signal (team-pull-policy.ts). */
const PAGE_SCHEMA = pulledPageSchema.extend(POLICY_SIGNAL);

/** Tell open Seller Central tabs (they listen to storage.onChanged) that the list changed. */
async function announce(): Promise<void> {
  await browser.storage.local.set({ [WATCHLIST_REVISION_STORAGE_KEY]: crypto.randomUUID() });
}

/**
 * Pull every team change after the stored cursor into the local watchlist, page by page;
 * `wait` > 0 holds the first request open until something changes (never the pages after it).
 * While one page is applied the next is already on its way, so a long first sync spends its
 * time writing IndexedDB, not waiting for the network. Only the page's envelope is checked on
 * arrival; each entry is checked once, where it is stored. The pull also carries the policy
 * signal (team-pull-policy.ts): a new team policy is fetched as soon as the server names it.
 * Returns entries applied.
 */
export async function pullTeamWatchlist(state: TeamState, wait = 0, signal?: AbortSignal): Promise<number> {
  const heldPolicy = await heldPolicyVersion(state.workspace.id);
  let answeredPolicy: number | undefined;
  const fetchPage = (cursor: number, holdSeconds: number) =>
    teamFetch(state.origin, `/v1/watchlist/changes?after=${cursor}&limit=${PAGE}&wait=${holdSeconds}${policyQuery(heldPolicy)}`, PAGE_SCHEMA, {
      token: state.token,
      ...(signal ? { signal } : {}),
    });
  let applied = 0;
  let next = fetchPage(await teamCursor(state.workspace.id), wait);
  for (;;) {
    const page = await next;
    answeredPolicy = page.policyVersion;
    if (page.hasMore) {
      next = fetchPage(page.cursor, 0);
      // Settled by the next turn, or dropped with this pull if applying this page fails.
      next.catch(() => undefined);
    }
    applied += (await applyTeamEntries(state.workspace.id, page.entries, page.cursor, state.member.name)).applied;
    if (!page.hasMore) break;
  }
  if (applied) await announce();
  await followPolicySignal(heldPolicy, answeredPolicy);
  await patchTeamState({ online: true, problem: null, lastSyncAt: new Date().toISOString() });
  return applied;
}

let running: Promise<void> | null = null;

/**
 * The live loop: pull with a long wait, apply, repeat, while this install is joined; back off
 * (1 s doubling to 30 s) while the server is unreachable; stop on a revoked token or Leave.
 * Started on startup, after Join and from the periodic alarm; only one runs at a time.
 */
export function startLiveSync(): Promise<void> {
  running ??= liveLoop().finally(() => {
    running = null;
  });
  return running;
}

async function liveLoop(): Promise<void> {
  await runRetryLoop({ step: (state) => pullTeamWatchlist(state, LIVE_WAIT_S).then(() => undefined), maxBackoffMs: MAX_BACKOFF_MS });
}

import { callBackground } from '../../../utils/call-background';
import { watchlistAccessSchema } from '../../../utils/team-access-protocol';
import { TEAM_STORAGE_KEY } from '../../../utils/team-protocol';
import { onLocalStorageKey } from '../page/on-storage-key';

/**
 * Whether the page may offer "Add to watchlist": asked of the background, which knows the
 * team role (a team auditor changes nothing). When the background cannot answer the form is
 * offered as before: saving asks the background again, which refuses an auditor.
 */
export async function askMayAdd(): Promise<boolean> {
  const result = await callBackground('watchlistAccess', {});
  if (!result.ok) return true;
  const parsed = watchlistAccessSchema.safeParse(result.value);
  return parsed.success ? parsed.data.mayAdd : true;
}

/**
 * Call `listener` when this install joins or leaves a team (or its record changes): the role
 * may have changed. The record itself is not read here; ask the background again.
 */
export function onTeamChanged(signal: AbortSignal, listener: () => void): void {
  onLocalStorageKey(TEAM_STORAGE_KEY, signal, listener);
}

/**
 * Follow the add permission: `apply` is called with the first answer and again whenever it
 * changes (joining as an auditor while the page is open hides the form; leaving brings it back).
 */
export function followMayAdd(signal: AbortSignal, apply: (mayAdd: boolean) => void): void {
  let known: boolean | null = null;
  let asked = 0;
  const ask = async () => {
    const ticket = ++asked;
    const mayAdd = await askMayAdd();
    if (ticket !== asked || signal.aborted || mayAdd === known) return;
    known = mayAdd;
    apply(mayAdd);
  };
  onTeamChanged(signal, () => void ask());
  void ask();
}

import type { TeamRole } from '../../../rules/team/protocol';
import { TeamPolicyPanel } from '../team-policy/team-policy-panel';
import { ConflictList } from '../team-review/conflict-list';
import { DueList } from '../team-review/due-list';
import { TrailPanel } from '../team-trail/trail-panel';
import './team-lead.css';

/**
 * What a joined member sees below the connection: the team policy (every role; leads and
 * admins edit it), and for leads, admins and auditors the due reviews, conflicts and the
 * team's audit trail (auditors without any control that changes something).
 */
export function TeamLeadScreens({ role }: { role: TeamRole }) {
  return (
    <div class="team-lead-screens">
      <TeamPolicyPanel />
      {role === 'agent' ? null : (
        <>
          <DueList />
          <ConflictList />
          <TrailPanel />
        </>
      )}
    </div>
  );
}

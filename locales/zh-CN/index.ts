import type { EnglishCatalogue } from '../en/index';
import { common } from './common';
import { draftFindings } from './draft-findings';
import { draftPanel } from './draft-panel';
import { page } from './page';
import { options } from './options';
import { archive } from './archive';
import { capture } from './capture';
import { watchlist } from './watchlist';
import { welcome } from './welcome';
import { team } from './team';
import { watchlistEditor } from './watchlist-editor';
import { evidencePack } from './evidence-pack';
import { messages } from './messages';
import { teamPush } from './team-push';
import { teamLead } from './team-lead';
import { templates } from './templates';
import { clock } from './clock';
import { buyerRisk } from './buyer-risk';
import { problems } from './problems';
import { teamErrors } from './team-errors';
import { teamEdges } from './team-edges';
import { teamWaiting } from './team-waiting';

export const zhCN: Record<keyof EnglishCatalogue, string> = {
  ...common,
  ...draftFindings,
  ...draftPanel,
  ...page,
  ...options,
  ...archive,
  ...capture,
  ...watchlist,
  ...welcome,
  ...team,
  ...watchlistEditor,
  ...evidencePack,
  ...messages,
  ...teamPush,
  ...teamLead,
  ...templates,
  ...clock,
  ...buyerRisk,
  ...problems,
  ...teamErrors,
  ...teamEdges,
  ...teamWaiting,
};

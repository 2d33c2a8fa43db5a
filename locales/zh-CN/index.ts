import type { EnglishCatalogue } from '../en/index';
import { common } from './common';
import { draftFindings } from './draft-findings';
import { draftPanel } from './draft-panel';
import { page } from './page';
import { options } from './options';
import { archive } from './archive';
import { team } from './team';

export const zhCN: Record<keyof EnglishCatalogue, string> = {
  ...common,
  ...draftFindings,
  ...draftPanel,
  ...page,
  ...options,
  ...archive,
  ...team,
};

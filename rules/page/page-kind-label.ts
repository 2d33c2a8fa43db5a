import { t } from '../../locales/current';
import type { PageKind } from './page-kind';

/** The seller's words for a page kind, in the agent's language. */
export function pageKindLabel(kind: PageKind): string {
  return t(`page.kind.${kind}`);
}

import { judgeLink, type LinkVerdict } from '../../../rules/buyer/buyer-risk';
import { SELECTORS } from '../readers/page-vocabulary';

/** Verdicts that let a link open as usual. */
const SAFE_KINDS = new Set<LinkVerdict['kind']>(['amazon', 'carrier']);

/**
 * Stop flagged links in buyer messages from opening: a trusted click (or middle click) on a
 * link inside a buyer message whose site is not Amazon's or a carrier's is cancelled in the
 * capture phase, before the page or the browser acts on it, and handed to `onFlagged`.
 * Synthetic events from page scripts are ignored: the guard acts on the agent's clicks only.
 */
export function guardLinks(
  messageOf: (element: Element) => Element | null,
  onFlagged: (message: Element, href: string, verdict: LinkVerdict) => void,
  signal: AbortSignal,
): void {
  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || (event.type === 'auxclick' && event.button !== 1)) return;
    const target = event.composedPath()[0];
    const anchor = target instanceof Element ? target.closest(SELECTORS.anyLink) : null;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const message = messageOf(anchor);
    if (!message) return;
    const verdict = judgeLink(anchor.href, `${anchor.getAttribute('href') ?? ''} ${anchor.textContent ?? ''}`);
    if (!verdict || SAFE_KINDS.has(verdict.kind)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    onFlagged(message, anchor.href, verdict);
  };
  document.addEventListener('click', onClick, { capture: true, signal });
  document.addEventListener('auxclick', onClick, { capture: true, signal });
}

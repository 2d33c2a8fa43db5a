import { SELECTORS } from '../readers/page-vocabulary';

/** Anything holding a reply box (a tracker), for choosing which draft a Send sends. */
interface BoxCandidate {
  box: { host: Element };
  /** When the agent last typed in or focused it (ms; 0 = never). */
  lastActive: number;
}

function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

/**
 * The reply box a Send control belongs to: the one in the smallest container around the
 * control (the contact form's Send sits next to its textarea). When that container holds
 * several, or the control is far from any (the "Review message" dialog's confirm button),
 * the box the agent used last. None when the control sits next to a message field that is
 * not a reply box (a feedback widget's "Send" sends the widget's own text).
 */
export function pickReplyBox<T extends BoxCandidate>(control: Element, candidates: readonly T[]): T | null {
  if (candidates.length === 0) return null;
  const latest = (list: readonly T[]) => list.reduce((best, next) => (next.lastActive > best.lastActive ? next : best));
  for (let node: Node | null = control; node; node = composedParent(node)) {
    const inside = candidates.filter((candidate) => node.contains(candidate.box.host));
    if (inside.length === 1) return inside[0]!;
    if (inside.length > 1) return latest(inside);
    if (node instanceof Element && node.querySelector(SELECTORS.messageField)) return null;
  }
  return latest(candidates);
}

import type { ComponentChild } from 'preact';
import type { DraftFinding } from '../../../rules/draft/draft-engine';
import { DraftPanel } from './draft-panel';
import { mountUi } from '../page/mount-ui';
import type { PageSession } from '../page/page-session';
import { debounce } from './debounce';
import { lengthLimitOf, readField, type FieldText } from './field-text';
import { toFindingViews } from './finding-views';
import { createOverlay, type DraftOverlay } from './overlay';
import type { ReplyBox } from './reply-boxes';
import type { DraftCheck } from './send-decision';

/** How drafts are analysed right now (follows the agent's settings). */
export interface DraftAnalysis {
  analyze(text: string, maxLength: number): DraftFinding[];
}

/** Seller Central's compose box states a 4,000-character limit. */
const DEFAULT_LIMIT = 4000;
/** The counter alone (no findings) appears from this share of the limit on. */
const COUNTER_FROM = 0.8;

export interface DraftTracker {
  readonly box: ReplyBox;
  /** When the agent last typed in or focused this box (ms since epoch; 0 = never). */
  lastActive: number;
  /** A draft the agent chose to send anyway, with a recorded reason. */
  overriddenText: string | null;
  /** Analyse the draft as it is now (at Send), updating underlines and panel. */
  checkNow(): DraftCheck;
  /** The current findings as the panel and dialog list them. */
  views(check: DraftCheck): ReturnType<typeof toFindingViews>;
  /** Analyse again soon (the settings changed). */
  refresh(): void;
  dispose(): void;
}

/**
 * Guard one reply box while the agent types: analyse the draft (debounced), underline the
 * findings over the field and list them in a compact panel after it, with a character
 * counter. The field's value and DOM are only ever read.
 */
export function trackDraft(box: ReplyBox, session: PageSession, analysis: () => DraftAnalysis): DraftTracker {
  const controller = new AbortController();
  const signal = AbortSignal.any([session.signal, controller.signal]);
  let overlay: Promise<DraftOverlay & Removable> | null = null;
  let panel: Promise<{ update(view: ComponentChild): void } & Removable> | null = null;

  const check = (): DraftCheck & { draft: FieldText; limit: number } => {
    const draft = readField(box);
    const limit = lengthLimitOf(box, DEFAULT_LIMIT);
    return { text: draft.text, draft, limit, findings: analysis().analyze(draft.text, limit) };
  };

  const show = (result: ReturnType<typeof check>) => {
    if (signal.aborted) return;
    const { draft, findings, limit } = result;
    if (findings.length > 0) overlay ??= mountOverlay();
    void overlay?.then((layer) => layer.draw(findings, draft));
    const counterOnly = draft.text.length >= limit * COUNTER_FROM;
    if (findings.length === 0 && !counterOnly && !panel) return;
    panel ??= mountUi(session, { name: 'seller-guard-draft-panel', anchor: box.host, append: after }, null).then(
      ({ ui, update }) => ({ update, remove: () => ui.remove() }),
    );
    const view =
      findings.length > 0 || counterOnly ? (
        <DraftPanel findings={tracker.views(result)} length={draft.text.length} limit={limit} />
      ) : null;
    void panel.then(({ update }) => update(view));
  };

  const mountOverlay = async () => {
    const { ui } = await mountUi(session, { name: 'seller-guard-draft-overlay' }, null);
    return { ...createOverlay(box, ui.uiContainer, signal), remove: () => ui.remove() };
  };

  const later = debounce(() => show(check()), { wait: 120, maxWait: 400 }, signal);
  const onEdit = () => {
    tracker.lastActive = Date.now();
    later.schedule();
  };
  for (const type of ['input', 'change', 'cut', 'paste', 'compositionend']) {
    box.field.addEventListener(type, onEdit, { signal });
  }
  box.field.addEventListener('focus', () => (tracker.lastActive = Date.now()), { signal });

  const tracker: DraftTracker = {
    box,
    lastActive: 0,
    overriddenText: null,
    checkNow() {
      const result = check();
      show(result);
      return result;
    },
    views: (result) => toFindingViews(result.text, result.findings),
    refresh: () => later.schedule(),
    dispose: () => controller.abort(),
  };
  // A box that left the page takes its underlines and panel with it.
  signal.addEventListener('abort', () => {
    void overlay?.then((layer) => layer.remove());
    void panel?.then((mounted) => mounted.remove());
  });
  // Drafts restored by the page (or typed before we arrived) are checked at once.
  if (readField(box).text.length > 0) later.schedule();
  return tracker;
}

interface Removable {
  remove(): void;
}

/** Insert our panel right after the reply box, also when the box sits in a shadow root. */
function after(anchor: Element, root: Element): void {
  anchor.after(root);
}

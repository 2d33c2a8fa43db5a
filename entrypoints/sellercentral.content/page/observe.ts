/** The kinds of DOM change a subscriber can ask for. */
type ChangeKind = 'childList' | 'characterData' | 'attributes';

interface ChangeOptions {
  signal: AbortSignal;
  /** The document or open shadow root to watch (default: `document`). */
  root?: Document | ShadowRoot;
  /** Which kinds of change to hear (default: elements added or removed). */
  kinds?: readonly ChangeKind[];
  /** With kind `attributes`: the attribute names to hear. */
  attributes?: readonly string[];
}

interface Subscriber {
  kinds: ReadonlySet<ChangeKind>;
  attributes: ReadonlySet<string>;
  listener(records: MutationRecord[]): void;
}

/** One MutationObserver per document or shadow root, shared by every subscriber there. */
interface Hub {
  observer: MutationObserver;
  subscribers: Set<Subscriber>;
  /** The options observed now, as JSON. */
  options: string;
}

const hubs = new WeakMap<Document | ShadowRoot, Hub>();

function target(root: Document | ShadowRoot): Node {
  return root instanceof Document ? (root.body ?? root.documentElement) : root;
}

/**
 * Observe exactly what the current subscribers need. Changed options start a fresh
 * registration (records not yet delivered are handed on first): re-observing in place is
 * what the DOM standard says, but happy-dom keeps the old options for existing nodes.
 */
function reobserve(root: Document | ShadowRoot, hub: Hub): void {
  const kinds = new Set<ChangeKind>();
  const attributes = new Set<string>();
  for (const subscriber of hub.subscribers) {
    for (const kind of subscriber.kinds) kinds.add(kind);
    for (const name of subscriber.attributes) attributes.add(name);
  }
  const options: MutationObserverInit = {
    subtree: true,
    childList: kinds.has('childList'),
    characterData: kinds.has('characterData'),
    ...(kinds.has('attributes') && attributes.size > 0 ? { attributes: true, attributeFilter: [...attributes].sort() } : {}),
  };
  const key = JSON.stringify(options);
  if (key === hub.options) return;
  hub.options = key;
  const pending = hub.observer.takeRecords();
  hub.observer.disconnect();
  if (pending.length > 0) queueMicrotask(() => deliver(hub, pending));
  if (options.childList || options.characterData || options.attributes) hub.observer.observe(target(root), options);
}

function deliver(hub: Hub, records: MutationRecord[]): void {
  for (const subscriber of [...hub.subscribers]) {
    const mine = records.filter(
      (record) =>
        subscriber.kinds.has(record.type) &&
        (record.type !== 'attributes' || subscriber.attributes.has(record.attributeName ?? '')),
    );
    if (mine.length === 0) continue;
    try {
      subscriber.listener(mine);
    } catch (error) {
      console.error('[Seller Guard] page observer:', error);
    }
  }
}

/**
 * Hear every change of the page (or of one open shadow root) until `signal` aborts. Every
 * feature shares one MutationObserver per document or shadow root, so the page pays for one
 * observer however many features watch it; each subscriber hears only the kinds of change it
 * asked for.
 */
export function onPageChange(listener: (records: MutationRecord[]) => void, options: ChangeOptions): void {
  const { signal, root = document, kinds = ['childList'], attributes = [] } = options;
  if (signal.aborted) return;
  let hub = hubs.get(root);
  if (!hub) {
    const created: Hub = { observer: new MutationObserver((records) => deliver(created, records)), subscribers: new Set(), options: '' };
    hubs.set(root, created);
    hub = created;
  }
  const subscriber: Subscriber = { kinds: new Set(kinds), attributes: new Set(attributes), listener };
  hub.subscribers.add(subscriber);
  reobserve(root, hub);
  const current = hub;
  signal.addEventListener('abort', () => {
    current.subscribers.delete(subscriber);
    if (current.subscribers.size > 0) return reobserve(root, current);
    current.observer.disconnect();
    hubs.delete(root);
  });
}

/**
 * Call `callback` once for every element matching `selector`, now and whenever one appears,
 * until `signal` aborts (refined-github's selector-observer). Built on the shared observer.
 */
export function observe<E extends Element = Element>(
  selector: string,
  callback: (element: E) => void,
  { signal, root = document }: { signal: AbortSignal; root?: Document | ShadowRoot },
): void {
  const seen = new WeakSet<Element>();
  const found = (element: Element) => {
    if (seen.has(element) || signal.aborted) return;
    seen.add(element);
    callback(element as E);
  };
  const scan = (node: ParentNode) => {
    if (node instanceof Element && node.matches(selector)) found(node);
    for (const element of node.querySelectorAll(selector)) found(element);
  };
  onPageChange(
    (records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    },
    { signal, root },
  );
  scan(root);
}

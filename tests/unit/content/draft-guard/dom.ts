/** Build test DOM from markup without innerHTML (the lint rule holds in tests too). */
export function mount(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  const container = document.createElement('div');
  container.append(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  document.body.replaceChildren(container);
  return container;
}

/**
 * A Katal-like element: `tag` with an open shadow root holding `inner` markup, placed in
 * `parent` (or returned detached).
 */
export function shadowHost(tag: string, inner: string, attributes: Record<string, string> = {}): HTMLElement {
  const host = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  const parsed = new DOMParser().parseFromString(`<body>${inner}</body>`, 'text/html');
  host.attachShadow({ mode: 'open' }).append(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  return host;
}

/** The real `<textarea>` inside a `kat-textarea`-like host. */
export function innerTextarea(host: Element): HTMLTextAreaElement {
  return host.shadowRoot!.querySelector('textarea')!;
}

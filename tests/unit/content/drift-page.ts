/**
 * Hand-written Seller Central pages for the drift tests: `page(html)` parses `html` into a fresh
 * document, turning each `<template shadow>` into an OPEN shadow root of its parent element
 * (the way Katal components draw their text), nested ones included.
 */
function attachShadows(root: ParentNode): void {
  for (const template of [...root.querySelectorAll<HTMLTemplateElement>('template[shadow]')]) {
    const host = template.parentElement;
    if (!host) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    const content = template.content;
    attachShadows(content);
    shadow.append(...content.childNodes);
    template.remove();
  }
}

/** A document whose body is `html`, shadow roots attached. */
export function page(html: string): Document {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head><title>Seller Central</title></head><body>${html}</body></html>`, 'text/html');
  attachShadows(doc.body);
  return doc;
}

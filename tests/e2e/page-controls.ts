import type { Page } from 'playwright-core';

/**
 * The page's own controls that Seller Guard's UI covers: for every visible button, link and
 * field of the page (open shadow roots included, Seller Guard's own hosts left out) whose centre
 * is in the viewport, `elementFromPoint` at that centre must be the control, inside it, or its
 * label. Returns one line per control under Seller Guard's UI (what it is, where); empty when
 * none is. A control under the page's own parts (its sticky header over scrolled content) is the
 * page's design and not reported. Call it on any page, at any viewport size and scroll position.
 */
export function controlsCoveredBySellerGuard(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CONTROLS = [
      'button, a[href], input:not([type="hidden"]), textarea, select, summary',
      '[role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="menuitem"], [contenteditable="true"]',
      // Katal's components: the host is the control even where its inner parts are not reachable.
      'kat-button, kat-textarea, kat-input, kat-radiobutton, kat-checkbox, kat-dropdown, kat-link, kat-toggle',
    ].join(', ');
    const isOwnUi = (element: Element) => element.localName.startsWith('seller-guard-');
    const describe = (element: Element) => {
      const host = element.getRootNode() instanceof ShadowRoot ? `${(element.getRootNode() as ShadowRoot).host.localName} > ` : '';
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return `${host}${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}${name ? ` "${name}"` : ''}`;
    };
    /** Every control under `root`, through open shadow roots, skipping Seller Guard's own. */
    const controlsIn = (root: Document | ShadowRoot): Element[] => {
      const found: Element[] = [...root.querySelectorAll(CONTROLS)];
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot && !isOwnUi(element)) found.push(...controlsIn(element.shadowRoot));
      }
      return found;
    };
    /** The innermost element at a point, through open shadow roots. */
    const deepElementAt = (x: number, y: number): Element | null => {
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      return hit;
    };
    /** `ancestor` contains `node`, crossing shadow boundaries. */
    const composedContains = (ancestor: Element, node: Node | null): boolean => {
      for (let current = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
        if (current === ancestor) return true;
      }
      return false;
    };
    const ownUiOf = (node: Node | null): Element | null => {
      for (let current = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
        if (current instanceof Element && isOwnUi(current)) return current;
      }
      return null;
    };
    const covered: string[] = [];
    for (const control of controlsIn(document)) {
      if (ownUiOf(control)) continue;
      const box = control.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      if (!control.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = deepElementAt(x, y);
      if (!hit || composedContains(control, hit)) continue;
      const labels = 'labels' in control ? [...((control as HTMLInputElement).labels ?? [])] : [];
      if (labels.some((label) => composedContains(label, hit))) continue;
      // A control drawn inside another control (an icon button's inner <button>) is still reached.
      if (composedContains(hit, control) && !ownUiOf(hit)) continue;
      const coverer = ownUiOf(hit);
      if (coverer) covered.push(`${describe(control)} at (${Math.round(x)}, ${Math.round(y)}) is under ${coverer.localName}`);
    }
    return covered;
  });
}

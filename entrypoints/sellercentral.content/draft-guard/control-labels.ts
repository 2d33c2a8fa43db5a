/**
 * The labels a control is known by, roughly as assistive technology names it: aria-label,
 * the elements `aria-labelledby` points to, Katal's `label` attribute, an input's value, the
 * visible text (without parts hidden from assistive technology, such as an icon glyph), and
 * the title. Each is returned separately: any of them may say "Send".
 */
export function labelsOf(element: Element): string[] {
  const labels = [element.getAttribute('aria-label'), labelledBy(element), element.getAttribute('label')];
  if (element instanceof HTMLInputElement) labels.push(element.value);
  else labels.push(shownText(element));
  labels.push(element.getAttribute('title'));
  return labels.filter((label): label is string => !!label && label.trim().length > 0);
}

/** The text of the elements named by `aria-labelledby`, looked up in the control's own tree. */
function labelledBy(element: Element): string | null {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length === 0) return null;
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
}

/**
 * The text a control shows: its text content without subtrees marked `aria-hidden="true"`
 * (decorative icons), and, for a button inside a custom element's shadow root, the words
 * slotted into it from the light DOM (`<x-button>Senden</x-button>`).
 */
function shownText(element: Element): string {
  const shown = (nodes: Iterable<Node>): string => {
    let text = '';
    for (const node of nodes) {
      if (node instanceof Text) text += node.data;
      else if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') continue;
      else if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        text += shown(assigned.length > 0 ? assigned : node.childNodes);
      } else text += shown(node.childNodes);
    }
    return text;
  };
  return shown(element.childNodes);
}

import { deepQuerySelectorAll } from './dom-text';
import { looksLikeLabel } from './labels';
import { cleanText } from './page-context';
import { CONTACT_ACTION_WORDS, SELECTORS } from './page-vocabulary';

/**
 * The buyer name drawn as a link: `buyer-name-with-link`, else a link to the contact page whose
 * text is a name, not a caption such as "Contact buyer" / "Nachricht an Käufer senden".
 */
export function buyerNameFromLink(root: ParentNode): string | null {
  for (const selector of SELECTORS.buyerNameLink) {
    for (const link of deepQuerySelectorAll(root, selector)) {
      const text = cleanText(link.textContent);
      if (text && !looksLikeLabel(text) && !CONTACT_ACTION_WORDS.test(text)) return text;
    }
  }
  return null;
}

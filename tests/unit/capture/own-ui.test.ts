import { describe, expect, it } from 'vitest';
import { CAPTURING_ATTRIBUTE, hideOwnUi, showOwnUi } from '../../../entrypoints/sellercentral.content/capture-own-ui';

describe('Seller Guard’s own UI during a shot', () => {
  it('marks every Seller Guard host (and nothing of the page) while capturing, and unmarks them after', () => {
    const page = document.createElement('div');
    const chip = document.createElement('seller-guard-status');
    const panel = document.createElement('seller-guard-capture');
    page.append(document.createElement('seller-guardian'));
    document.body.replaceChildren(page, chip, panel);

    hideOwnUi(document);
    const marked = [...document.querySelectorAll(`[${CAPTURING_ATTRIBUTE}]`)].map((e) => e.tagName.toLowerCase());
    expect(marked).toEqual(['seller-guard-status', 'seller-guard-capture']);

    showOwnUi();
    expect(document.querySelectorAll(`[${CAPTURING_ATTRIBUTE}]`)).toHaveLength(0);
  });
});

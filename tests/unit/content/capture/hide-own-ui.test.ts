import { describe, expect, it } from 'vitest';
import { CAPTURING_ATTRIBUTE, hideOwnUi, showOwnUi } from '../../../../entrypoints/sellercentral.content/capture/hide-own-ui';

describe('Seller Guard’s own UI during a shot', () => {
  it('marks every Seller Guard host (and nothing of the page) while capturing, and unmarks them after', () => {
    const page = document.createElement('div');
    const chip = document.createElement('seller-guard-status');
    const panel = document.createElement('seller-guard-capture');
    const marker = Object.assign(document.createElement('span'), { textContent: 'flag' });
    marker.setAttribute('data-seller-guard', '');
    marker.style.setProperty('visibility', 'visible');
    page.append(document.createElement('seller-guardian'), marker);
    document.body.replaceChildren(page, chip, panel);

    hideOwnUi(document);
    const marked = [...document.querySelectorAll(`[${CAPTURING_ATTRIBUTE}]`)].map((e) => e.tagName.toLowerCase());
    expect(marked).toEqual(['span', 'seller-guard-status', 'seller-guard-capture']);
    expect(marker.style.getPropertyValue('visibility')).toBe('hidden');
    expect(page.style.getPropertyValue('visibility')).toBe('');

    showOwnUi();
    expect(document.querySelectorAll(`[${CAPTURING_ATTRIBUTE}]`)).toHaveLength(0);
    expect(marker.style.getPropertyValue('visibility')).toBe('visible');
  });
});

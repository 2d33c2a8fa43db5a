import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../../rules/templates/check-template';

describe('checkTemplate', () => {
  it.each([
    ['Hello {buyerName}, your order {orderId} has shipped with {carrier}.', 'ok'],
    ['Hello {buyerName}, write to me at anna@example.com.', 'blocked'],
    ['Hello {buyername}, your order has shipped.', 'blocked'],
    ['Hello {buyerName}, BUY NOW!!! HUGE SALE TODAY!!!', 'confirm'],
  ])('%s → %s', (body, verdict) => {
    expect(checkTemplate(body).verdict).toBe(verdict);
  });

  it('names the email finding that stops saving', () => {
    const check = checkTemplate('Write to anna@example.com');
    const email = check.findings.find((finding) => finding.category === 'email');
    expect(email?.severity).toBe('block');
    expect('Write to anna@example.com'.slice(email!.start, email!.end)).toBe('anna@example.com');
  });
});

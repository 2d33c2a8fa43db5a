// A sample for no-english-errors.test.ts: two English literals it must find, one translated call it must not.
import { t } from '../../../locales/current';
import { SellerGuardError } from '../../../utils/errors';

export const samples = (seq: number) => [
  new Error('The archive changed; try again.'),
  new SellerGuardError('not-found', `Capture #${seq} is missing.`),
  new SellerGuardError('zip-format', t('problem.zip.truncated')),
];

import { findBuyerPhrases } from '../../../rules/buyer/buyer-phrases';
import { assessBuyerMessage, judgeLink } from '../../../rules/buyer/buyer-risk';
import { findLinkHits } from '../../../rules/draft/link-scan';
import { detectPhones } from '../../../rules/draft/phone';
import { createScan, foldWidth } from '../../../rules/draft/scan';
import { logError } from '../../../utils/errors';
import { whenIdle } from '../page/when-idle';

/** Words from every category, so the first real buyer message finds everything compiled. */
const SAMPLE =
  'Hi, write to name@example.com or call +1 206 555 0100, WhatsApp me, sign in at ' +
  'https://sellercentral.amazon.com.example.net/signin or amaz0n.com, pay by PayPal or I leave 1 star. ' +
  'Order 112-4837261-5938217, tracking 1Z999AA10123456784.';

/**
 * One library's first use each: its patterns compile (and phone metadata loads) on first use,
 * tens of ms each on a busy machine, so each gets a task of its own.
 */
const STEPS: readonly (() => unknown)[] = [
  () => findLinkHits(foldWidth(SAMPLE)), // linkify-it
  () => judgeLink('https://sellercentral.amazon.com.example.net/signin'), // tldts, confusables
  () => detectPhones(createScan(SAMPLE, {}, [])), // libphonenumber-js
  () => findBuyerPhrases(foldWidth(SAMPLE)), // the buyer phrase rules
  () => assessBuyerMessage(SAMPLE, [{ name: 'invoice.pdf.exe' }]), // the rest, as a message is assessed
];

let warm: Promise<void> | null = null;

/**
 * Compile the buyer engine's patterns before the first thread is assessed, one library per
 * idle callback (at most 200 ms apart), once per tab: without it the first message of the
 * first thread pays for all of them in one long task. Resolves when done; a step that fails
 * is logged and the rest still run.
 */
export function warmUpBuyerEngine(): Promise<void> {
  warm ??= (async () => {
    for (const step of STEPS) {
      await whenIdle(200);
      try {
        step();
      } catch (error) {
        logError('buyer messages warm-up', error);
      }
    }
  })();
  return warm;
}

import { PageStatusChip } from './page-status-chip';
import type { Feature } from './page-session';
import { STATUS_HOST } from './placement';
import { aboveContentSlot } from './ui-slot';

/**
 * What Seller Guard recognised on every Seller Central page (page kind, order, buyer) and
 * which fields it could not read, so an agent can trust, or distrust, what the other features
 * act on: a small tab on the left edge, its details opening in the page flow above the content.
 */
export const pageStatus: Feature = {
  name: 'page-status',
  runsOn: ['order-details', 'order-list', 'message-thread', 'messaging-inbox', 'contact-buyer'],
  async start(session) {
    const slot = aboveContentSlot(session, STATUS_HOST);
    let latest = session.current();
    session.onPageInfo((next) => {
      latest = next;
      void slot.show(<PageStatusChip info={next} />);
    });
    await slot.show(<PageStatusChip info={latest} />);
  },
};

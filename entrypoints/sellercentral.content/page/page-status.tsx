import type { PageInfo } from '../../../utils/protocol';
import { PageStatusChip } from './page-status-chip';
import { mountUi } from './mount-ui';
import type { Feature } from './page-session';

/**
 * A small chip in the corner of every Seller Central page saying what Seller Guard
 * recognised (page kind, order, buyer) and which fields it could not read, so an agent can
 * trust, or distrust, what the other features act on.
 */
export const pageStatus: Feature = {
  name: 'page-status',
  runsOn: ['order-details', 'order-list', 'message-thread', 'messaging-inbox', 'contact-buyer'],
  async start(session) {
    let info: PageInfo | null = session.current();
    const { update } = await mountUi(session, { name: 'seller-guard-status' }, <PageStatusChip info={info} />);
    session.onPageInfo((next) => {
      info = next;
      update(<PageStatusChip info={info} />);
    });
  },
};

import type { PageAddress } from '../../../rules/page/page-kind';
import type { CaptureData } from '../../../storage/capture/capture-schema';
import { readContactBuyer } from './contact-buyer';
import { readMessageThread } from './message-thread';
import { readOrderDetails } from './order-details';
import { readOrderList } from './order-list';

/**
 * The one place that picks the reader for a page kind: its structured data, as the readers
 * return it, under the kind's key (`order`, `thread`, `contact`, `list`), with what it could
 * not find. Other kinds have no reader.
 */
export function readPageData(doc: Document, url: URL, kind: PageAddress['kind']): CaptureData {
  switch (kind) {
    case 'order-details': {
      const { data, missing } = readOrderDetails(doc, url);
      return { order: data, missing };
    }
    case 'message-thread': {
      const { data, missing } = readMessageThread(doc, url);
      return { thread: data, missing };
    }
    case 'contact-buyer': {
      const { data, missing } = readContactBuyer(doc, url);
      return { contact: data, missing };
    }
    case 'order-list': {
      const { data, missing } = readOrderList(doc);
      return { list: data, missing };
    }
    default:
      return { missing: [] };
  }
}

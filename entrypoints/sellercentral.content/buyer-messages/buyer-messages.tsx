import { assessBuyerMessage, type BuyerFinding, type LinkVerdict } from '../../../rules/buyer/buyer-risk';
import { callBackground } from '../../../utils/call-background';
import { logError } from '../../../utils/errors';
import type { PageInfo } from '../../../utils/protocol';
import { mountUi } from '../page/mount-ui';
import type { Feature } from '../page/page-session';
import { sliceRunner } from '../page/run-in-slices';
import { messageBodyOf, messageElements, readMessage } from '../readers/thread-messages';
import { guardLinks } from './link-guard';
import type { PendingLink } from './link-warning';
import { messageAttachments } from './message-attachments';
import { RiskMarker } from './risk-marker';
import { warmUpBuyerEngine } from './warm-up';
import './buyer-messages.css';

const MARKER_HOST = 'seller-guard-buyer-risk';

interface Marked {
  text: string;
  findings: BuyerFinding[];
  pending: PendingLink | null;
  mounted: ReturnType<typeof mountUi> | null;
}

/**
 * Risky buyer messages on a thread page: each buyer message is assessed
 * (`assessBuyerMessage`), and a risky one gets a marker right below its text saying what and
 * why. Flagged links in buyer messages do not open on click: the marker shows where they
 * really go, with Open anyway (logged in the audit) and Cancel.
 */
export const buyerMessages: Feature = {
  name: 'buyer-messages',
  runsOn: ['message-thread'],
  start(session) {
    const marked = new Map<Element, Marked>();
    let info: PageInfo | null = null;

    const render = (message: Element, entry: Marked) => {
      const body = messageBodyOf(message);
      if (!body || (entry.findings.length === 0 && !entry.pending)) return;
      const view = (
        <RiskMarker
          findings={entry.findings}
          buyer={{ buyerName: info?.buyerName ?? null, proxyEmail: info?.buyerProxyEmail ?? null, orderIds: info?.orderIds ?? [] }}
          pending={entry.pending}
          onCancel={() => update(message, { pending: null })}
          onOpen={() => void openAnyway(message)}
        />
      );
      if (!entry.mounted) entry.mounted = mountUi(session, { name: MARKER_HOST, anchor: body, append: 'after' }, view);
      else void entry.mounted.then((m) => m.update(view));
    };
    const update = (message: Element, change: Partial<Marked>) => {
      const entry = marked.get(message);
      if (!entry) return;
      Object.assign(entry, change);
      render(message, entry);
    };

    const openAnyway = async (message: Element) => {
      const pending = marked.get(message)?.pending;
      if (!pending || pending.state === 'logging') return;
      update(message, { pending: { ...pending, state: 'logging' } });
      const { href, verdict } = pending;
      // The order as the page shows it now: a click may come before the debounced read saw it.
      const orderId = (await session.readNow())?.orderIds[0] ?? null;
      const result = await callBackground('recordLinkOpenAnyway', {
        url: location.href, orderId, href, host: verdict.host, asciiHost: verdict.asciiHost, kind: verdict.kind,
      });
      if (!result.ok) return update(message, { pending: { ...pending, state: { error: result.error.message } } });
      update(message, { pending: null });
      window.open(href, '_blank', 'noopener,noreferrer');
    };

    /** Assess `message` unless its text is the one already assessed; null when the buyer did not write it. */
    const assess = (message: Element): Marked | null => {
      const read = readMessage(message, info?.buyerName ?? null, []);
      if (read.direction !== 'buyer') return null;
      const entry = marked.get(message);
      if (entry?.text === read.text) return entry;
      const findings = assessBuyerMessage(read.text, messageAttachments(message));
      const next: Marked = { text: read.text, findings, pending: null, mounted: entry?.mounted ?? null };
      marked.set(message, next);
      render(message, next);
      return next;
    };
    const assessLogged = (message: Element) => {
      try {
        return assess(message);
      } catch (error) {
        logError('buyer messages', error);
        return null;
      }
    };

    // A long thread is assessed a few messages per task, after the engine's patterns were
    // compiled one library per idle callback; a newer page reading restarts the scan.
    const runInSlices = sliceRunner(session.signal);
    let scans = 0;
    const scan = () => {
      const mine = ++scans;
      void warmUpBuyerEngine().then(() => {
        if (mine === scans) void runInSlices(messageElements(document.body), assessLogged);
      });
    };

    // A click may come before the scan has reached the message: it is assessed on the click.
    guardLinks(
      (element) => {
        const message = messageElements(document.body).find((candidate) => candidate.contains(element));
        return message && assessLogged(message) ? message : null;
      },
      (message: Element, href: string, verdict: LinkVerdict) => update(message, { pending: { href, verdict, state: 'asking' } }),
      session.signal,
    );
    session.onPageInfo((next) => {
      info = next;
      scan();
    });
  },
};


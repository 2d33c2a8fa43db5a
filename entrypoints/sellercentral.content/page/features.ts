import { autoCapture } from '../capture/auto-capture-when-settled';
import { buyerMessages } from '../buyer-messages/buyer-messages';
import { captureButton } from '../capture/capture-button';
import { captureToast } from '../capture/capture-toast';
import { draftGuard } from '../draft-guard/draft-guard';
import type { Feature } from './page-session';
import { pageStatus } from './page-status';
import { watchlistAdd } from '../watchlist/add-to-watchlist';
import { watchlistBadges } from '../watchlist/order-row-marks';
import { watchlistBanner } from '../watchlist/buyer-banner';
import { replyTemplates } from '../templates/templates-feature';
import { caseListClocks } from '../response-clock/case-list-clocks';
import { threadClock } from '../response-clock/thread-clock';

/**
 * Every in-page feature, started for each page by the registry. Order does not matter:
 * features never wait for each other.
 */
export const FEATURES: readonly Feature[] = [captureButton, captureToast, autoCapture, pageStatus, draftGuard, watchlistBanner, watchlistAdd, watchlistBadges, replyTemplates, threadClock, caseListClocks, buyerMessages];

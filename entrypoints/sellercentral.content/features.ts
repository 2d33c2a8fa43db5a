import { autoCapture } from './capture-auto';
import { captureButton } from './capture-button';
import { captureToast } from './capture-toast';
import { draftGuard } from './draft-guard';
import type { Feature } from './page-session';
import { pageStatus } from './page-status';
import { watchlistAdd } from './watchlist-add';
import { watchlistBadges } from './watchlist-badges';
import { watchlistBanner } from './watchlist-banner';

/**
 * Every in-page feature, started for each page by the registry. Order does not matter:
 * features never wait for each other.
 */
export const FEATURES: readonly Feature[] = [captureButton, captureToast, autoCapture, pageStatus, draftGuard, watchlistBanner, watchlistAdd, watchlistBadges];

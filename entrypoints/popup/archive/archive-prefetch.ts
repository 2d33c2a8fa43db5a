import { ARCHIVE_PAGE, prefetchNewest } from './use-archive-search';

// The popup's first import (main.tsx): the archive's newest page is asked for before the rest of
// the popup's modules are evaluated, so IndexedDB opens and reads meanwhile.
prefetchNewest(ARCHIVE_PAGE);

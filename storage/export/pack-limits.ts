/**
 * The most an evidence pack may hold, so that reading a hostile pack stops early instead of
 * exhausting memory. Seller Guard's own packs stay well inside them: the writer refuses an
 * archive over 4 GB, a full screenshot is stitched into a few PNGs, and `chain.gaps` lists at
 * most 20,000 links.
 */

/** A pack file bigger than this is refused before it is opened. */
export const MAX_PACK_FILE_BYTES = 2 * 1024 ** 3;
/** manifest.json, inflated (it is parsed as one string). */
export const MAX_MANIFEST_BYTES = 256 * 1024 ** 2;
/** manifest.sig.json, inflated. */
export const MAX_SIGNATURE_BYTES = 16 * 1024;
/** Sum of the sizes `files[]` lists: the most verify or restore ever inflates. */
export const MAX_UNPACKED_BYTES = 4 * 1024 **3;
export const MAX_PACK_CAPTURES = 200_000;
export const MAX_SCREENSHOTS_PER_CAPTURE = 100;
export const MAX_PACK_FILES = MAX_PACK_CAPTURES * 2 + 10;
export const MAX_PACK_EVENTS = 100_000;
/** Chain links listed for captures left out between exported ones (see pack-chain.ts). */
export const MAX_GAP_LINKS = 20_000;
/** ZIP entries: every listed file, manifest.json, manifest.sig.json and a few folder entries. */
export const MAX_ZIP_ENTRIES = MAX_PACK_FILES + 100;

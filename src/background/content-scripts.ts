// The two content scripts as WXT builds them. Production builds declare neither in the
// manifest: they are injected on request (activeTab) or registered for the user's sites.

/** Reads notes in every frame. */
export const READER_FILE = '/content-scripts/reader.js';
/** Shows findings; top frame only. */
export const SIDEBAR_FILE = '/content-scripts/sidebar.js';

export type ContentScriptFile = typeof READER_FILE | typeof SIDEBAR_FILE;

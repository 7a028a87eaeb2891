// Server settings PGlite starts with, added to its own defaults. Shared by the in-process
// engine and the watchdog's worker thread.

/**
 * PGlite keeps its buffer cache inside the process: its default shared_buffers (128 MB)
 * was a third of the harness's peak RSS. At 32 MB the peak of a 20,000-instance scaleout
 * fell from ~370 MB to ~265 MB at the same speed, within this machine's noise; the OS page
 * cache still holds the data files.
 */
export const PGLITE_SETTINGS = ['-c', 'shared_buffers=32MB'];

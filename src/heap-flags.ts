/**
 * V8's heap sizing for a batch run, set before anything else is loaded. framelens allocates
 * fast and keeps little (its live heap is tens of MB), and V8 by default lets the heap grow to
 * several times the live size before a full collection: on the 10,000-article benchmark that was
 * most of the peak memory. A smaller growing step makes full collections come sooner. The flag
 * is process-wide, so worker threads get it too. See README "Speed" for the measured effect.
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;

v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

/**
 * V8's heap sizing for a batch run, set before anything else is loaded. framelens allocates
 * fast and keeps little (its live heap is tens of MB), and V8 by default lets the heap grow to
 * several times the live size before a full collection: on the 10,000-article benchmark that was
 * most of the peak memory. A smaller growing step makes full collections come sooner. The flag
 * is process-wide, so worker threads get it too. See README "Speed" for the measured effect.
 *
 * Pretenuring is off: V8 allocates straight into the old generation at allocation sites whose
 * objects it has seen survive. The first articles of a run are kept whole for the report's side
 * by side, so the sites that build every article's tokens, findings and rows look long-lived,
 * and from then on every article's short-lived objects went to the old generation and were
 * freed only by full collections (on the 10,000-article benchmark, 1.8 s of scavenges and 90
 * full collections at --jobs 1; without pretenuring, 1.4 s and 77, and about 10% less wall time).
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;

v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
v8.setFlagsFromString('--no-allocation-site-pretenuring');

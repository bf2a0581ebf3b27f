import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { createTally } from './tally';
import type { BreakerState, Metrics } from './types';

export interface PrometheusMetricsOptions {
  /** Node's own process metrics (CPU, memory, event loop lag), also under `convene_`. Node entry only. */
  processMetrics?: boolean | undefined;
}

const PREFIX = 'convene_';
const BREAKER_STATES: readonly BreakerState[] = ['closed', 'open', 'half_open', 'isolated'];
/** Seconds. From a stand-in vendor on loopback (ms) to the proxy's default 10 s vendor timeout. */
const VENDOR_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus implementation of `Metrics` (prom-client), on a registry of its own: several apps in
 * one process (tests, a host running two proxies) never share or clash over a metric. Counters are
 * tallies (`createTally`), cheap enough for the cached read path; the histogram is observed once per
 * vendor call, which costs milliseconds anyway.
 */
export function createPrometheusMetrics(options: PrometheusMetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: PREFIX });

  const requests = createTally({
    name: `${PREFIX}requests_total`,
    help: 'Requests answered, by vendor, operation and HTTP status ("none" when no operation matched).',
    labelNames: ['vendor', 'operation', 'status'],
    registers,
  });
  const cache = createTally({
    name: `${PREFIX}response_cache_lookups_total`,
    help: 'Cacheable reads: result "hit" was served from the response cache, "miss" called the vendor.',
    labelNames: ['vendor', 'operation', 'result'],
    registers,
  });
  const rateLimited = createTally({
    name: `${PREFIX}rate_limited_total`,
    help: 'Requests refused with 429 by the proxy, by bucket and by whose budget ran out (visitor, site, token).',
    labelNames: ['bucket', 'scope'],
    registers,
  });
  const replays = createTally({
    name: `${PREFIX}idempotent_replays_total`,
    help: 'Idempotent writes answered with the stored first answer, without calling the vendor again.',
    labelNames: ['vendor', 'operation'],
    registers,
  });
  const vendorSeconds = new Histogram({
    name: `${PREFIX}vendor_call_duration_seconds`,
    help: 'Time of one HTTP attempt at a vendor, until its whole answer is read (a retried GET counts twice).',
    labelNames: ['vendor', 'operation'] as const,
    buckets: VENDOR_BUCKETS,
    registers,
  });
  let readBreakers: () => Iterable<[string, BreakerState]> = () => [];
  new Gauge({
    name: `${PREFIX}vendor_circuit_state`,
    help: 'Circuit breaker per vendor: 1 for its current state, 0 for the others.',
    labelNames: ['vendor', 'state'] as const,
    registers,
    collect() {
      this.reset();
      for (const [vendor, current] of readBreakers()) {
        for (const state of BREAKER_STATES) this.set({ vendor, state }, state === current ? 1 : 0);
      }
    },
  });

  return {
    requestAnswered(operation = 'none', status) {
      requests(operation, status, () => ({
        vendor: vendorOf(operation),
        operation,
        status: String(status),
      }));
    },
    vendorCallTimed(operation, seconds) {
      vendorSeconds.observe({ vendor: vendorOf(operation), operation }, seconds);
    },
    cacheLookedUp(operation, hit) {
      const result = hit ? 'hit' : 'miss';
      cache(operation, result, () => ({ vendor: vendorOf(operation), operation, result }));
    },
    rateLimited(bucket, scope) {
      rateLimited(bucket, scope, () => ({ bucket, scope }));
    },
    idempotentReplayed(operation) {
      replays(operation, '', () => ({ vendor: vendorOf(operation), operation }));
    },
    watchBreakers(read) {
      readBreakers = read;
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

/** Operation ids are `vendor.name` (`simplymeet.availability`). */
const vendorOf = (operation: string) => (operation === 'none' ? 'none' : (operation.split('.')[0] ?? 'none'));

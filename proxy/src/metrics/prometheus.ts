import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { BreakerState, Metrics } from './types';

export interface PrometheusMetricsOptions {
  /** Node's own process metrics (CPU, memory, event loop lag), also under `convene_`. Node entry only. */
  processMetrics?: boolean | undefined;
}

const PREFIX = 'convene_';
const BREAKER_STATES: readonly BreakerState[] = ['closed', 'open', 'half_open', 'isolated'];
/** Seconds. From a cached stand-in answer (ms) to the proxy's 10 s vendor timeout. */
const VENDOR_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus implementation of `Metrics` (prom-client), on a registry of its own: several apps in
 * one process (tests, a host running two proxies) never share or clash over a metric.
 *
 * Hot path: a labelled child is looked up once per label combination and kept, so a request pays a
 * map lookup and an increment, not prom-client's label hashing.
 */
export function createPrometheusMetrics(options: PrometheusMetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: PREFIX });

  const requests = new Counter({
    name: `${PREFIX}requests_total`,
    help: 'Requests answered, by vendor, operation and HTTP status ("none" when no operation matched).',
    labelNames: ['vendor', 'operation', 'status'] as const,
    registers,
  });
  const vendorSeconds = new Histogram({
    name: `${PREFIX}vendor_call_duration_seconds`,
    help: 'Time of one HTTP attempt at a vendor, until its whole answer is read (a retried GET counts twice).',
    labelNames: ['vendor', 'operation'] as const,
    buckets: VENDOR_BUCKETS,
    registers,
  });
  const cache = new Counter({
    name: `${PREFIX}response_cache_lookups_total`,
    help: 'Cacheable reads: result "hit" was served from the response cache, "miss" called the vendor.',
    labelNames: ['vendor', 'operation', 'result'] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: `${PREFIX}rate_limited_total`,
    help: 'Requests refused with 429 by the proxy, by bucket and by whose budget ran out (visitor, site, token).',
    labelNames: ['bucket', 'scope'] as const,
    registers,
  });
  const replays = new Counter({
    name: `${PREFIX}idempotent_replays_total`,
    help: 'Idempotent writes answered with the stored first answer, without calling the vendor again.',
    labelNames: ['vendor', 'operation'] as const,
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

  // One map for every counter's children: keys start with the metric's own tag.
  const children = new Map<string, { inc(): void } | { observe(value: number): void }>();
  const child = <T extends { inc(): void } | { observe(value: number): void }>(
    key: string,
    make: () => T,
  ) => {
    let found = children.get(key) as T | undefined;
    if (!found) {
      found = make();
      children.set(key, found);
    }
    return found;
  };

  return {
    requestAnswered(operation = 'none', status) {
      child(`r ${operation} ${status}`, () =>
        requests.labels(vendorOf(operation), operation, String(status)),
      ).inc();
    },
    vendorCallTimed(operation, seconds) {
      child(`v ${operation}`, () => vendorSeconds.labels(vendorOf(operation), operation)).observe(seconds);
    },
    cacheLookedUp(operation, hit) {
      child(`c ${operation} ${hit}`, () =>
        cache.labels(vendorOf(operation), operation, hit ? 'hit' : 'miss'),
      ).inc();
    },
    rateLimited(bucket, scope) {
      rateLimited.labels(bucket, scope).inc();
    },
    idempotentReplayed(operation) {
      replays.labels(vendorOf(operation), operation).inc();
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

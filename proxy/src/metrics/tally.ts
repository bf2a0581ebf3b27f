import { Counter, type Registry } from 'prom-client';

export interface TallyConfig<L extends string> {
  name: string;
  help: string;
  labelNames: readonly L[];
  registers: Registry[];
}

/**
 * A Prometheus counter whose update is one Map lookup and an addition: prom-client hashes and checks
 * the labels on every `inc`, a cost the cached read path (microseconds per request) would notice.
 * prom-client is handed the totals when `/metrics` is scraped.
 *
 * Returns `count(first, second, labels)`: `first` and `second` together identify the label values (two
 * levels of Map, so no key string is built per request); `labels` is only called the first time.
 */
export function createTally<L extends string>(config: TallyConfig<L>) {
  const totals = new Map<string, Map<string | number, { labels: Record<L, string>; value: number }>>();
  new Counter<L>({
    ...config,
    collect() {
      this.reset();
      for (const inner of totals.values()) {
        for (const { labels, value } of inner.values()) this.inc(labels, value);
      }
    },
  });
  return (first: string, second: string | number, labels: () => Record<L, string>): void => {
    let inner = totals.get(first);
    if (!inner) {
      inner = new Map();
      totals.set(first, inner);
    }
    const total = inner.get(second);
    if (total) total.value += 1;
    else inner.set(second, { labels: labels(), value: 1 });
  };
}

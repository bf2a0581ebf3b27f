/** The site the proxy benchmark's load generator poses as. */
export const BENCH_SITE = 'pk_bench';
export const BENCH_ORIGIN = 'http://bench.localhost';

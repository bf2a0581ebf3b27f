import { LRUCache } from 'lru-cache';
import { originAllowed } from '../config/origins';

const verdicts = new WeakMap<readonly string[], LRUCache<string, boolean>>();

/**
 * `originAllowed`, remembered per list of patterns: parsing the origin and every pattern as URLs on each
 * request cost more than the rest of a cached answer. Bounded, so a flood of invented origins only
 * pushes out other remembered verdicts.
 */
export function originAllowedCached(patterns: readonly string[], origin: string | undefined): boolean {
  if (!origin) return false;
  let known = verdicts.get(patterns);
  if (!known) {
    known = new LRUCache<string, boolean>({ max: 1_000 });
    verdicts.set(patterns, known);
  }
  let verdict = known.get(origin);
  if (verdict === undefined) {
    verdict = originAllowed(patterns, origin);
    known.set(origin, verdict);
  }
  return verdict;
}

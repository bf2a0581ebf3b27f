import { CircuitState } from 'cockatiel';
import type { VendorTarget } from '../forward/vendorTargets';
import type { VendorId } from '../vendors';
import type { BreakerState } from './types';

const names: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'isolated',
};

/**
 * Each configured vendor's breaker as it is now. Read through the target every time, because the
 * sandbox's reset replaces a breaker rather than closing it.
 */
export function* breakerStates(
  targets: Partial<Record<VendorId, VendorTarget>>,
): Iterable<[VendorId, BreakerState]> {
  for (const target of Object.values(targets)) {
    if (target) yield [target.vendor, names[target.breaker.state]];
  }
}

import { type CircuitBreakerPolicy, ConsecutiveBreaker, circuitBreaker, handleWhen } from 'cockatiel';
import type { ProxyConfig, VendorSettings } from '../config/types';
import {
  createCalcomSigner,
  createMeltingspotSigner,
  createSimplymeetSigner,
  createVolunteersSigner,
  createWorkspaceSigner,
} from '../signers';
import type { FetchLike, Signer } from '../signers/types';
import { VENDOR_IDS, type VendorId } from '../vendors';
import { isVendorFailure } from './vendorFailure';

/** Everything needed to call one vendor: where, how to sign, over which transport, and its breaker. */
export interface VendorTarget {
  vendor: VendorId;
  baseUrl: string;
  signer: Signer;
  fetch: FetchLike;
  /** Replaced (not mutated) by `resetBreaker`: calls read it at call time. */
  breaker: CircuitBreakerPolicy;
  /** A closed breaker again (the sandbox's reset). */
  resetBreaker(): void;
  /** True when this vendor is a sandbox simulator. */
  simulated: boolean;
}

/** A simulator standing in for a vendor that has no credentials (sandbox mode only). */
export interface SimulatedVendor {
  baseUrl: string;
  credentials: Record<string, string>;
  fetch: FetchLike;
}

/**
 * One target per vendor: the real API when its credentials are configured, else the sandbox simulator
 * when there is one, else none (its operations answer `404 unknown_operation`).
 */
export function createVendorTargets(
  config: ProxyConfig,
  realFetch: FetchLike,
  simulated: Partial<Record<VendorId, SimulatedVendor>> = {},
): Partial<Record<VendorId, VendorTarget>> {
  const targets: Partial<Record<VendorId, VendorTarget>> = {};
  for (const vendor of VENDOR_IDS) {
    const real = config.vendors[vendor];
    const sim = config.mode === 'sandbox' ? simulated[vendor] : undefined;
    if (real) {
      targets[vendor] = target(vendor, real.baseUrl, signerFor(vendor, real, realFetch), realFetch, false);
    } else if (sim) {
      const settings = {
        ...sim.credentials,
        baseUrl: sim.baseUrl,
      } as unknown as VendorSettings[typeof vendor];
      targets[vendor] = target(vendor, sim.baseUrl, signerFor(vendor, settings, sim.fetch), sim.fetch, true);
    }
  }
  return targets;
}

function target(vendor: VendorId, baseUrl: string, signer: Signer, fetch: FetchLike, simulated: boolean) {
  // Five failures in a row open the breaker for 15 s: a vendor that is down gets breathing room and
  // widgets get a quick 502 instead of waiting out every timeout.
  const newBreaker = () =>
    circuitBreaker(handleWhen(isVendorFailure), {
      halfOpenAfter: 15_000,
      breaker: new ConsecutiveBreaker(5),
    });
  const vendorTarget: VendorTarget = {
    vendor,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    signer,
    fetch,
    breaker: newBreaker(),
    resetBreaker: () => {
      vendorTarget.breaker = newBreaker();
    },
    simulated,
  };
  return vendorTarget;
}

function signerFor<V extends VendorId>(vendor: V, settings: VendorSettings[V], fetch: FetchLike): Signer {
  switch (vendor) {
    case 'simplymeet':
      return createSimplymeetSigner({ apiKey: (settings as VendorSettings['simplymeet']).apiKey });
    case 'meltingspot': {
      const s = settings as VendorSettings['meltingspot'];
      return createMeltingspotSigner({ apiKey: s.apiKey, header: s.authHeader ?? 'authorization-bearer' });
    }
    case 'workspace': {
      const s = settings as VendorSettings['workspace'];
      return createWorkspaceSigner({
        baseUrl: s.baseUrl,
        clientId: s.clientId,
        clientSecret: s.clientSecret,
        authorizePath: s.authorizePath ?? '/authorize',
        fetch,
      });
    }
    case 'volunteers':
      return createVolunteersSigner({ token: (settings as VendorSettings['volunteers']).token });
    case 'calcom': {
      const s = settings as VendorSettings['calcom'];
      return createCalcomSigner({ clientId: s.clientId, secretKey: s.secretKey });
    }
    default:
      throw new Error(`no signer for ${vendor satisfies never}`);
  }
}

/** Settings that are not secrets: a Cal.com client id is in the very paths the browser calls. */
const PUBLIC_SETTINGS = new Set(['baseUrl', 'clientId', 'authHeader', 'authorizePath']);

/** Every credential in the configuration, for the log redactor and the credential-leak test. */
export function configuredSecrets(config: ProxyConfig, extra: Record<string, string>[] = []): string[] {
  const secrets = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 8) secrets.add(value);
  };
  for (const settings of Object.values(config.vendors)) {
    for (const [key, value] of Object.entries(settings ?? {})) if (!PUBLIC_SETTINGS.has(key)) add(value);
  }
  for (const key of config.tokenKeys) {
    if (key.alg === 'HS256') add(key.secret);
    else add(key.privateKey);
  }
  add(config.metrics?.token);
  for (const credentials of extra) {
    for (const [key, value] of Object.entries(credentials)) if (!PUBLIC_SETTINGS.has(key)) add(value);
  }
  return [...secrets];
}

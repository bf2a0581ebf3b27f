import type { FetchLike } from '../signers/types';
import type { VendorId } from '../vendors';
import type { Simulator } from './types';

export interface SandboxCall {
  vendor: string;
  method: string;
  /** Path with its query, as the simulator received it. */
  path: string;
  /** Whether the call carried the vendor's auth exactly as the vendor requires. */
  signed: boolean;
  /** The JSON body the simulator received (a Convene extension: tests prove what reached the vendor). */
  body?: unknown;
}

/**
 * What `/__sandbox/faults` asks of a simulator for its next `times` calls. `body` and `headers` are a
 * Convene extension of the DESIGN contract, for the hostile-input tests (garbage JSON, a redirect).
 */
export interface Fault {
  vendor: VendorId;
  status?: number | undefined;
  latencyMs?: number | undefined;
  times?: number | undefined;
  body?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/** Host names the simulators answer on; nothing under `.invalid` can resolve on a real network. */
export const sandboxBaseUrl = (vendor: VendorId) => `http://${vendor}.sandbox.invalid`;

/**
 * The proxy's transport in sandbox mode: every call goes in-process to the simulator for its host,
 * is recorded in the call log, and meets any fault queued for that vendor. A call to any other host
 * (a followed redirect would be one) is logged as such and fails like an unreachable network.
 */
export function createSandboxTransport(simulators: Record<VendorId, Simulator>) {
  let calls: SandboxCall[] = [];
  let faults: (Fault & { left: number })[] = [];

  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const vendor = /^([a-z]+)\.sandbox\.invalid$/.exec(url.hostname)?.[1] as VendorId | undefined;
    const simulator = vendor ? simulators[vendor] : undefined;
    const path = `${url.pathname}${url.search}`;
    if (!simulator) {
      calls.push({ vendor: url.hostname, method: request.method, path, signed: false });
      throw new TypeError(`fetch failed: ${url.hostname} is not a sandbox vendor`);
    }
    const call: SandboxCall = {
      vendor: simulator.vendor,
      method: request.method,
      path,
      signed: simulator.isSigned(request),
    };
    if (request.body) call.body = parseJson(await request.clone().text());
    calls.push(call);

    const fault = faults.find((f) => f.vendor === simulator.vendor && f.left > 0);
    if (fault) {
      fault.left -= 1;
      if (fault.latencyMs) await delay(fault.latencyMs, request.signal);
      if (fault.status) {
        const body = fault.body ?? JSON.stringify({ message: 'Sandbox fault' });
        return new Response(body, {
          status: fault.status,
          headers: { 'content-type': 'application/json', ...fault.headers },
        });
      }
    }
    return simulator.app.fetch(new Request(new URL(path, 'http://vendor.local'), request));
  };

  return {
    fetch,
    calls: () => [...calls],
    addFault(fault: Fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    reset() {
      calls = [];
      faults = [];
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

import type { CallOptions } from '../forward/callVendor';
import type { OperationCall } from './runOperation';
import type { ProxyServices } from './services';

/** The deadline, the browser's signal, and the timing each vendor attempt reports to the metrics. */
export function vendorCallOptions(services: ProxyServices, call: OperationCall): CallOptions {
  return {
    timeoutMs: services.config.limits.vendorTimeoutMs,
    clientSignal: call.clientSignal,
    timed: (seconds) => services.metrics.vendorCallTimed(call.operation.id, seconds),
  };
}

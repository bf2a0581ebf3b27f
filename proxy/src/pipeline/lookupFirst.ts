import { ProxyError } from '../errors';
import { callVendor } from '../forward/callVendor';
import { vendorAnswerToResponse } from '../forward/vendorAnswer';
import type { Operation, OperationContext, OperationInput } from '../operations/types';
import type { OperationCall } from './runOperation';
import type { ProxyServices } from './services';
import { vendorCallOptions } from './vendorCallOptions';

/**
 * The vendor read an operation's `lookup` asks for, before its own call: a missing record or a vendor
 * failure answers like a GET would, a refusal of `settle` answers with its contract error, and
 * nothing is written to the vendor in either case.
 */
export async function lookupFirst(
  services: ProxyServices,
  call: OperationCall,
  input: OperationInput,
): Promise<OperationInput> {
  const { operation, context } = call;
  const lookup = operation.lookup;
  if (!lookup) return input;
  const answer = await callVendor(
    call.target,
    { method: 'GET', path: lookup.path(input), query: new URLSearchParams() },
    vendorCallOptions(services, call),
  );
  call.onVendorStatus(answer.status);
  // Only the status and body are of use: the record itself never reaches the browser from here.
  const asRead: Operation = { ...operation, project: (body) => body, mapError: undefined };
  const read = vendorAnswerToResponse(asRead, answer, input, context as OperationContext, services.scrub);
  const settled = lookup.settle(JSON.parse(read.body || 'null'), input, context);
  if (settled.ok) return settled.input;
  const { status, code, message, details } = settled.error;
  throw new ProxyError(status, code, message, details);
}

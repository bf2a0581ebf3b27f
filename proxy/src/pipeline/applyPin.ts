import { invalidRequest } from '../errors';
import type { Operation, OperationContext, OperationInput } from '../operations/types';

/**
 * The site's pins: fill in what the site fixes, refuse (naming the field) what the browser tried to set
 * otherwise. Never a silent rewrite: a widget sending a pinned value wrongly is a bug to surface.
 */
export function applyPin(
  operation: Operation,
  input: OperationInput,
  context: OperationContext,
): OperationInput {
  if (!operation.pin) return input;
  const result = operation.pin(input, context);
  if (result.ok) return result.input;
  throw invalidRequest(
    result.message,
    { field: result.field, issues: [{ path: result.field, message: result.message }] },
    422,
  );
}

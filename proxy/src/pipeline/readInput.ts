import type { z } from 'zod';
import { invalidRequest, ProxyError } from '../errors';
import type { Operation, OperationInput } from '../operations/types';
import { parseQuery } from '../routing/parseQuery';

export interface RawRequest {
  params: Record<string, string>;
  search: URLSearchParams;
  contentType: string | undefined;
  /** The body as text, already bounded by the body limit; undefined when there is none. */
  bodyText: string | undefined;
}

/** One field the browser got wrong, in the shape widgets read (`details.issues`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/**
 * Everything the browser sent, checked against the operation's schemas (strict: unknown keys are
 * refused, never passed on). Path and query mistakes are 400; a body that parses but breaks the
 * schema is 422 with one issue per field, so a form can point at the field.
 */
export function readInput(operation: Operation, raw: RawRequest): OperationInput {
  const params = operation.params.safeParse(raw.params);
  if (!params.success) throw invalidRequest('Invalid path parameter.', { issues: issuesOf(params.error) });

  const queryObject = parseQuery(raw.search);
  let query: unknown = {};
  if (operation.query) {
    const parsed = operation.query.safeParse(queryObject);
    if (!parsed.success)
      throw invalidRequest('Invalid query parameters.', { issues: issuesOf(parsed.error) });
    query = parsed.data;
  } else if (Object.keys(queryObject).length > 0) {
    throw invalidRequest('This operation takes no query parameters.', {
      issues: Object.keys(queryObject).map((key) => ({ path: key, message: 'Unknown parameter' })),
    });
  }

  return {
    params: params.data as Record<string, unknown>,
    query: query as Record<string, unknown>,
    body: readBody(operation, raw),
  };
}

function readBody(operation: Operation, raw: RawRequest): unknown {
  const hasBody = raw.bodyText !== undefined && raw.bodyText.length > 0;
  if (!operation.body) {
    if (hasBody) throw invalidRequest('This operation takes no body.');
    return undefined;
  }
  if (!isJson(raw.contentType)) {
    throw new ProxyError(415, 'invalid_request', 'The body must be JSON (Content-Type: application/json).');
  }
  if (!hasBody) throw invalidRequest('A JSON body is required.');
  let json: unknown;
  try {
    json = JSON.parse(raw.bodyText as string);
  } catch {
    throw invalidRequest('The body is not valid JSON.');
  }
  const parsed = operation.body.safeParse(json);
  if (!parsed.success) {
    throw invalidRequest('Some fields are not valid.', { issues: issuesOf(parsed.error) }, 422);
  }
  return parsed.data;
}

/** `application/json`, optionally with a UTF-8 charset; anything else (form posts, text/plain) is refused. */
function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => parameter === 'charset=utf-8' || parameter === 'charset="utf-8"');
}

import type { Operation } from '../operations/types';

/**
 * Characters a vendor path segment may hold as sent by the browser. Everything that could change how a
 * vendor or an intermediary reads the path is refused before matching: percent-encoding (encoded
 * slashes, double encoding), dot segments, empty segments, backslashes, `;` parameters, control
 * characters. No operation needs any of them, so refusing costs nothing and leaves no trick to widen a match.
 */
const SAFE_SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

export interface OperationMatch {
  operation: Operation;
  /** Raw path parameters by name, still to be checked by the operation's schema. */
  params: Record<string, string>;
}

/** Splits a vendor path ("/panel/api/event-type/1") into segments, or undefined when it is not a plain path. */
export function safeSegments(vendorPath: string): string[] | undefined {
  if (!vendorPath.startsWith('/')) return undefined;
  const segments = vendorPath.slice(1).split('/');
  for (const segment of segments) {
    if (!SAFE_SEGMENT.test(segment) || segment === '.' || segment === '..') return undefined;
  }
  return segments;
}

/** The one operation a method and vendor path name, matched segment by segment, or undefined. */
export function matchOperation(
  operations: readonly Operation[],
  method: string,
  vendorPath: string,
): OperationMatch | undefined {
  const segments = safeSegments(vendorPath);
  if (!segments) return undefined;
  for (const operation of operations) {
    if (operation.method !== method) continue;
    const params = matchTemplate(operation.path, segments);
    if (params) return { operation, params };
  }
  return undefined;
}

/** One template segment: a literal, or the name of a parameter. */
type TemplatePart = { literal: string } | { param: string };

/** Templates split once, not on every request (operations are fixed at start). */
const compiled = new Map<string, TemplatePart[]>();

function partsOf(template: string): TemplatePart[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template
      .slice(1)
      .split('/')
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        return name ? { param: name } : { literal: part };
      });
    compiled.set(template, parts);
  }
  return parts;
}

function matchTemplate(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = partsOf(template);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index] as TemplatePart;
    const segment = segments[index] as string;
    if ('param' in part) params[part.param] = segment;
    else if (part.literal !== segment) return undefined;
  }
  return params;
}

/** The vendor path with each parameter encoded, from a template and validated parameters. */
export function fillTemplate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
}

/**
 * The query string as an object for schema validation: one key once is a string, a repeated key an
 * array (`email[in]=a&email[in]=b`). The vendor never sees this string: operations rebuild the query
 * from validated values.
 */
export function parseQuery(search: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

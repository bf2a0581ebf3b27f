/** SimplyMeet's validation answer (assumed shape, docs/sandbox-simplymeet.md): 422 with errors per field. */
export function invalid(errors: Record<string, string[]>) {
  return { message: 'The given data was invalid.', errors };
}

export function validTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `{ meta: MetaDataDTO, items }` with the text's `page` / `onPage` (1..100) parameters. */
export function page<T>(all: T[], query: Record<string, string>) {
  const onPage = Math.min(100, Math.max(1, Number(query.onPage) || 20));
  const currentPage = Math.max(1, Number(query.page) || 1);
  return {
    meta: {
      pagesCount: Math.max(1, Math.ceil(all.length / onPage)),
      itemsPerPage: onPage,
      itemsCount: all.length,
      currentPage,
    },
    items: all.slice((currentPage - 1) * onPage, currentPage * onPage),
  };
}

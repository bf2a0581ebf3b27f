import type { SiteConfig } from '../config/site';
import { ProxyError } from '../errors';
import { originAllowedCached } from './originCheck';

/**
 * The site named by `X-Convene-Site`, used from one of its origins. A missing `Origin` is refused as
 * well: CORS binds only browsers, so without this a script could call from anywhere. Servers that
 * need a call send their site's origin like a browser would.
 */
export function checkSite(
  sites: ReadonlyMap<string, SiteConfig>,
  siteKey: string | undefined,
  origin: string | undefined,
): SiteConfig {
  if (!siteKey) throw new ProxyError(401, 'missing_site', 'The X-Convene-Site header is required.');
  const site = sites.get(siteKey);
  if (!site) throw new ProxyError(401, 'missing_site', 'Unknown site key.');
  if (!origin) throw new ProxyError(403, 'forbidden_origin', 'An Origin header is required.');
  if (!originAllowedCached(site.origins, origin)) {
    throw new ProxyError(403, 'forbidden_origin', 'This origin may not use this site key.');
  }
  return site;
}

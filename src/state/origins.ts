/**
 * The host pages an embedded globe takes commands from (the `origins` URL parameter): web origins written
 * exactly as a browser writes `location.origin`, such as "https://" + a host name, or "http://127.0.0.1:8080".
 */

/** At most this many origins: a host page and a few staging copies of it, not a list of the web. */
export const MAX_ORIGINS = 8;

/**
 * True for an http(s) origin written the way `location.origin` writes it: scheme, host and a port only
 * when it is not the scheme's default, with no path, no trailing slash, no user and no upper case.
 */
export function isOrigin(value: string): boolean {
  // Host names of letters, digits and hyphens (punycode for others), or an IP address; then the URL parser decides.
  if (!/^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)(:\d{1,5})?$/.test(value)) return false;
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** Reads "origin,origin,…": the list, or null when any part is not an origin or is repeated, or there are too many. */
export function parseOrigins(value: string): string[] | null {
  const list = value.split(",");
  if (list.length > MAX_ORIGINS) return null;
  if (!list.every(isOrigin)) return null;
  if (new Set(list).size !== list.length) return null;
  return list;
}

/** How the provider map draws its background: a Leaflet tile URL template and the credit to show. */
export type MapSettings = {
  /** e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`; `{s}` may stand for a subdomain. */
  tileUrl: string;
  /** HTML, as Leaflet's attribution control expects (a link to the tiles' licence). */
  attribution: string;
};

/**
 * The CSP source that lets the browser load the tiles of `tileUrl`: its scheme and host, with a
 * `{s}` subdomain placeholder turned into a `*.` wildcard (CSP only allows one as the first label).
 * Null when the template has no recognisable origin.
 */
export function tileImageSource(tileUrl: string): string | null {
  const match = /^(https?):\/\/([^/?#\s]+)/i.exec(tileUrl.trim());
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  let host = match[2]!.toLowerCase();
  if (host.includes('@')) return null;
  if (host.includes('{')) {
    const [first, ...rest] = host.split('.');
    // Only a placeholder in the first label can become a wildcard; `{s}` elsewhere is not a host.
    if (!first?.includes('{') || rest.some((label) => label.includes('{')) || rest.length === 0) return null;
    host = `*.${rest.join('.')}`;
  }
  if (!/^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/.test(host)) return null;
  return `${scheme}://${host}`;
}

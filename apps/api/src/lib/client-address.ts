import { BlockList, isIP } from 'node:net';

/**
 * Who the client is, for per-client rate limits (kept in memory, never stored or logged).
 *
 * A proxy appends the address it saw to `X-Forwarded-For`, after whatever the client sent, so
 * only the entries added by proxies we trust are facts: the header is read from the right,
 * skipping trusted proxies, and the first address that is not one of them is the client.
 * Anything to its left was written by the client and is ignored.
 */

/** Whether an address belongs to a proxy allowed to speak for the client. */
export type ProxyTrust = (address: string) => boolean;

/** Compiles `127.0.0.1/8`, `::1`, `10.0.0.0/8`, `2001:db8::/32`… into a matcher; throws on a bad entry. */
export function createProxyTrust(entries: readonly string[]): ProxyTrust {
  const list = new BlockList();
  for (const entry of entries) {
    const [ip = '', bits, ...rest] = entry.trim().split('/');
    const version = isIP(ip);
    const prefix = bits === undefined ? undefined : Number(bits);
    const max = version === 6 ? 128 : 32;
    const badPrefix = prefix !== undefined && !(/^[0-9]+$/.test(bits ?? '') && prefix <= max);
    if (version === 0 || rest.length > 0 || badPrefix) {
      throw new Error(`"${entry}" is not an IP address or CIDR range`);
    }
    const family = version === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, prefix, family);
  }
  return (address) => {
    const version = isIP(address);
    return version !== 0 && list.check(address, version === 6 ? 'ipv6' : 'ipv4');
  };
}

/**
 * The canonical text of an address, or undefined when it is not one: IPv4-mapped IPv6
 * (`::ffff:192.0.2.1`, as Node reports IPv4 peers on a dual-stack socket) becomes IPv4, a zone
 * (`%eth0`) is dropped, IPv6 is lower-cased.
 */
export function normalizeAddress(raw: string): string | undefined {
  const address = raw.replace(/%[^%]*$/, '');
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return undefined;
  const groups = ipv6Groups(address);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
  }
  return address.toLowerCase();
}

/**
 * The client's address: the peer's, unless the peer is a trusted proxy; then `X-Forwarded-For`
 * walked from the right. An entry that is not an IP address on that walk makes the header
 * worthless, and the peer is used. When every hop is trusted, the left-most one is the client.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: ProxyTrust,
): string | undefined {
  const direct = peer === undefined ? undefined : normalizeAddress(peer);
  if (direct === undefined || !forwardedFor || !trusted(direct)) return direct;
  const hops = forwardedFor.split(',');
  let client = direct;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]?.trim() ?? '');
    if (hop === undefined) return direct;
    client = hop;
    if (!trusted(hop)) break;
  }
  return client;
}

/**
 * The key a rate limit counts under. One IPv6 subscriber usually holds a whole /64, so IPv6
 * clients count per /64; otherwise a client would get a fresh limit per address it picks.
 */
export function rateLimitKey(address: string | undefined): string {
  if (address === undefined) return 'unknown';
  if (isIP(address) !== 6) return address;
  const network = ipv6Groups(address)
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':');
  return `${network}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing dotted IPv4 read). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16)));
  const [head = '', tail] = text.split('::');
  if (tail === undefined) return parse(head);
  const left = parse(head);
  const right = parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

import { describe, expect, it } from 'vitest';
import { createProxyTrust, normalizeAddress, rateLimitKey, resolveClientAddress } from './client-address.ts';

describe('createProxyTrust', () => {
  const trust = createProxyTrust(['127.0.0.1/8', '::1', '10.1.0.0/16', '2001:db8:aa::/48', '192.0.2.9']);

  it('matches addresses inside each range, IPv4 and IPv6', () => {
    for (const a of ['127.0.0.1', '127.255.3.4', '::1', '10.1.200.3', '2001:db8:aa:ffff::1', '192.0.2.9']) {
      expect(trust(a), a).toBe(true);
    }
  });

  it('does not match neighbours of the ranges, or garbage', () => {
    for (const a of ['128.0.0.1', '::2', '10.2.0.1', '2001:db8:ab::1', '192.0.2.10', 'localhost', '']) {
      expect(trust(a), a).toBe(false);
    }
  });

  it('refuses an entry that is not an IP address or CIDR range', () => {
    for (const bad of ['proxy.local', '10.0.0.0/33', '::1/129', '10.0.0.0/x', '1.2.3.4/8/8']) {
      expect(() => createProxyTrust([bad]), bad).toThrow(/not an IP address or CIDR range/);
    }
  });
});

describe('normalizeAddress', () => {
  it('turns IPv4-mapped IPv6 into IPv4, drops a zone, lower-cases IPv6', () => {
    expect(normalizeAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeAddress('::FFFF:cb00:7107')).toBe('203.0.113.7');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('2001:DB8::1')).toBe('2001:db8::1');
    expect(normalizeAddress('198.51.100.4')).toBe('198.51.100.4');
  });

  it('rejects what is not an address', () => {
    for (const bad of ['', 'unknown', '1.2.3.4:80', '[::1]', '1.2.3', '<script>', '1.2.3.4 ']) {
      expect(normalizeAddress(bad), bad).toBeUndefined();
    }
  });
});

describe('resolveClientAddress', () => {
  const trust = createProxyTrust(['127.0.0.1/8', '::1', '10.0.0.0/8']);

  it('takes the right-most entry that is not a trusted proxy', () => {
    // The client wrote "1.1.1.1"; the edge proxy appended the address it saw, then an inner proxy.
    expect(resolveClientAddress('127.0.0.1', '1.1.1.1, 203.0.113.7, 10.0.0.2', trust)).toBe('203.0.113.7');
    expect(resolveClientAddress('::ffff:127.0.0.1', '203.0.113.7', trust)).toBe('203.0.113.7');
  });

  it('ignores the header from a peer that is not a trusted proxy', () => {
    expect(resolveClientAddress('198.51.100.4', '203.0.113.7', trust)).toBe('198.51.100.4');
  });

  it('falls back to the peer when an entry on the walk is not an address', () => {
    expect(resolveClientAddress('127.0.0.1', '203.0.113.7, not-an-ip', trust)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', '203.0.113.7:4711', trust)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', '', trust)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', ' , ', trust)).toBe('127.0.0.1');
  });

  it('does not care what the client wrote left of its own address', () => {
    expect(resolveClientAddress('127.0.0.1', 'garbage, 203.0.113.7', trust)).toBe('203.0.113.7');
  });

  it('takes the left-most hop when every hop is a trusted proxy', () => {
    expect(resolveClientAddress('127.0.0.1', '10.0.0.5, 127.0.0.1', trust)).toBe('10.0.0.5');
  });

  it('normalizes forwarded IPv4-mapped addresses and knows no peer under app.request()', () => {
    expect(resolveClientAddress('127.0.0.1', '::ffff:203.0.113.7', trust)).toBe('203.0.113.7');
    expect(resolveClientAddress(undefined, '203.0.113.7', trust)).toBeUndefined();
  });
});

describe('rateLimitKey', () => {
  it('groups IPv6 clients per /64, whatever the spelling', () => {
    const key = rateLimitKey('2001:db8:1:2::1');
    expect(key).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey(normalizeAddress('2001:0DB8:0001:0002:ffff:0:0:9'))).toBe(key);
    expect(rateLimitKey('2001:db8:1:3::1')).not.toBe(key);
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
  });

  it('keeps IPv4 addresses whole and names the unknown', () => {
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitKey(normalizeAddress('::ffff:203.0.113.7'))).toBe('203.0.113.7');
    expect(rateLimitKey(undefined)).toBe('unknown');
  });
});

import { portalEnvSchema } from '@vigie/config';
import { describe, expect, it } from 'vitest';
import { tileImageSource } from './providers-map-settings.ts';

describe('tileImageSource', () => {
  it('allows the tile server’s origin', () => {
    expect(tileImageSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      'https://tile.openstreetmap.org',
    );
    expect(tileImageSource('http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8080');
  });

  it('turns a {s} subdomain into a wildcard, the only place CSP accepts one', () => {
    expect(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}{r}.png')).toBe(
      'https://*.tile.example.org',
    );
    expect(tileImageSource('https://tiles-{s}.example.org/{z}/{x}/{y}.png')).toBe('https://*.example.org');
  });

  it('refuses what is not a plain http(s) origin', () => {
    expect(tileImageSource('https://tile.{s}.example.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileImageSource('https://{s}/{z}/{x}/{y}.png')).toBeNull();
    expect(tileImageSource('https://user:pass@tiles.example.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileImageSource("https://tiles.example.org';script-src *;/{z}")).toBeNull();
    expect(tileImageSource('data:image/png;base64,AAAA')).toBeNull();
  });
});

describe('MAP_TILE_URL and MAP_ATTRIBUTION', () => {
  it('default to OpenStreetMap with its credit', () => {
    const env = portalEnvSchema.parse({});
    expect(env.MAP_TILE_URL).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(env.MAP_ATTRIBUTION).toContain('OpenStreetMap');
    expect(tileImageSource(env.MAP_TILE_URL)).toBe('https://tile.openstreetmap.org');
  });

  it('refuse a template without coordinates or that is not http(s)', () => {
    expect(portalEnvSchema.safeParse({ MAP_TILE_URL: 'https://tiles.example.org/map.png' }).success).toBe(
      false,
    );
    expect(
      portalEnvSchema.safeParse({ MAP_TILE_URL: 'ftp://tiles.example.org/{z}/{x}/{y}.png' }).success,
    ).toBe(false);
    expect(
      portalEnvSchema.safeParse({ MAP_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' }).success,
    ).toBe(true);
  });
});

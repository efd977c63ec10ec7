import { describe, expect, it } from 'vitest';
import { buildFrameUrl, parseLang, parseMode, readFrameMessage, resolveApiOrigin } from './embed.ts';

const API = 'https://api.vigie.example';

describe('resolveApiOrigin', () => {
  it('keeps only the origin of the loader URL', () => {
    expect(resolveApiOrigin('https://api.vigie.example/widget/v1/loader.js?v=2')).toBe(API);
    expect(resolveApiOrigin('http://127.0.0.1:8787/widget/v1/loader.js')).toBe('http://127.0.0.1:8787');
  });

  it('refuses a missing, relative or non-http URL', () => {
    expect(resolveApiOrigin(null)).toBeNull();
    expect(resolveApiOrigin('')).toBeNull();
    expect(resolveApiOrigin('/widget/v1/loader.js')).toBeNull();
    expect(resolveApiOrigin('data:text/javascript,alert(1)')).toBeNull();
    expect(resolveApiOrigin('file:///tmp/loader.js')).toBeNull();
  });
});

describe('buildFrameUrl', () => {
  it('points at the frame on the API origin with key, language and mode', () => {
    const url = new URL(buildFrameUrl(API, { key: 'vk_test_abcd1234', lang: 'en', mode: 'inline' }));
    expect(url.origin).toBe(API);
    expect(url.pathname).toBe('/widget/v1/frame');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      key: 'vk_test_abcd1234',
      lang: 'en',
      mode: 'inline',
    });
  });

  it('refuses a malformed key rather than sending it', () => {
    expect(() => buildFrameUrl(API, { key: 'vk_test_a&lang=xx', lang: 'fr', mode: 'launcher' })).toThrow(
      /malformed widget key/,
    );
  });
});

describe('parseLang and parseMode', () => {
  it('falls back to French unless English is asked for', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('EN-gb')).toBe('en');
    expect(parseLang('fr')).toBe('fr');
    expect(parseLang('de')).toBe('fr');
    expect(parseLang(null)).toBe('fr');
  });

  it('falls back to the launcher unless inline is asked for', () => {
    expect(parseMode('inline')).toBe('inline');
    expect(parseMode(' Inline ')).toBe('inline');
    expect(parseMode('popup')).toBe('launcher');
    expect(parseMode(undefined)).toBe('launcher');
  });
});

describe('readFrameMessage', () => {
  it('reads a close message from the API origin', () => {
    expect(readFrameMessage({ origin: API, data: { type: 'vigie:close' } }, API)).toEqual({
      type: 'vigie:close',
    });
  });

  it('ignores the same message from another origin', () => {
    expect(
      readFrameMessage({ origin: 'https://evil.example', data: { type: 'vigie:close' } }, API),
    ).toBeNull();
    expect(
      readFrameMessage(
        { origin: 'https://api.vigie.example.evil.example', data: { type: 'vigie:close' } },
        API,
      ),
    ).toBeNull();
    expect(readFrameMessage({ origin: 'null', data: { type: 'vigie:close' } }, API)).toBeNull();
  });

  it('ignores unknown or malformed messages from the API origin', () => {
    expect(readFrameMessage({ origin: API, data: { type: 'vigie:open' } }, API)).toBeNull();
    expect(readFrameMessage({ origin: API, data: 'vigie:close' }, API)).toBeNull();
    expect(readFrameMessage({ origin: API, data: null }, API)).toBeNull();
  });
});

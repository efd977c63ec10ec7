import { describe, expect, it } from 'vitest';
import { isWidgetKey } from './widget-key.ts';

describe('isWidgetKey', () => {
  it.each(['vk_live_abcd1234', 'vk_test_ABCDEFGH', `vk_live_${'a'.repeat(64)}`])('accepts %s', (key) => {
    expect(isWidgetKey(key)).toBe(true);
  });

  it.each([
    ['no environment', 'vk_abcd1234'],
    ['an unknown environment', 'vk_prod_abcd1234'],
    ['a secret key prefix', 'sk_live_abcd1234'],
    ['fewer than 8 characters', 'vk_test_abc1234'],
    ['more than 64 characters', `vk_live_${'a'.repeat(65)}`],
    ['punctuation', 'vk_test_abcd-1234'],
    ['surrounding spaces', ' vk_test_abcd1234 '],
    ['a trailing newline', 'vk_test_abcd1234\n'],
    ['markup', 'vk_test_<script>alert(1)</script>'],
  ])('rejects a key with %s', (_, key) => {
    expect(isWidgetKey(key)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(isWidgetKey(null)).toBe(false);
    expect(isWidgetKey(undefined)).toBe(false);
    expect(isWidgetKey(['vk_test_abcd1234'])).toBe(false);
  });
});

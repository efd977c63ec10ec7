/**
 * Publishable widget keys: `vk_live_` or `vk_test_` then 8 to 64 letters and digits. Shared by the
 * loader (which refuses to draw anything for a malformed key) and the API (which answers 400).
 */
export const WIDGET_KEY_PATTERN = /^vk_(live|test)_[A-Za-z0-9]{8,64}$/;

/** Whether `value` has the shape of a publishable widget key (it may still be unknown or revoked). */
export function isWidgetKey(value: unknown): value is string {
  return typeof value === 'string' && WIDGET_KEY_PATTERN.test(value);
}

import { describe, expect, it } from 'vitest';
import { distanceKm, parseLatLng } from './distance.ts';

const paris = { lat: 48.8566, lng: 2.3522 };
const lyon = { lat: 45.764, lng: 4.8357 };

describe('distanceKm', () => {
  it('measures Paris to Lyon at about 392 km', () => {
    expect(distanceKm(paris, lyon)).toBeGreaterThan(390);
    expect(distanceKm(paris, lyon)).toBeLessThan(394);
  });
  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(paris, paris)).toBe(0);
    expect(distanceKm(paris, lyon)).toBeCloseTo(distanceKm(lyon, paris), 9);
  });
});

describe('parseLatLng', () => {
  it('reads decimal pairs with optional spaces', () => {
    expect(parseLatLng('48.85,2.35')).toEqual({ lat: 48.85, lng: 2.35 });
    expect(parseLatLng(' -21.1 , 55.5 ')).toEqual({ lat: -21.1, lng: 55.5 });
  });
  it('rejects text and out-of-range values', () => {
    expect(parseLatLng('75001')).toBeUndefined();
    expect(parseLatLng('91,2')).toBeUndefined();
    expect(parseLatLng('45,181')).toBeUndefined();
  });
});

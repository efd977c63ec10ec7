import { distanceKm } from '@vigie/geo';
import { describe, expect, it } from 'vitest';
import {
  boxAround,
  cosOfLatitude,
  distanceToRectLowerBoundKm,
  haversineKm,
} from '../src/embedded/geo-math.ts';
import { ProviderStore } from '../src/embedded/provider-store.ts';
import { RankedCollector } from '../src/embedded/ranked-collector.ts';
import { queryTerms, toFtsPrefixQuery, tokenizeText, tokenizeTextSlowly } from '../src/embedded/text.ts';
import { createRandom, makeProvider } from '../testing/fixture.ts';

/** The point at `km` from (lat, lng) on the initial bearing `bearing` (radians), on a sphere. */
function destination(lat: number, lng: number, km: number, bearing: number) {
  const d = km / 6371.0088;
  const p1 = (lat * Math.PI) / 180;
  const l1 = (lng * Math.PI) / 180;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
  const l2 =
    l1 +
    Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  const lngDeg = (((l2 * 180) / Math.PI + 540) % 360) - 180;
  return { lat: (p2 * 180) / Math.PI, lng: lngDeg };
}

describe('geo math', () => {
  it('computes the very same distance as @vigie/geo', () => {
    const random = createRandom(1);
    for (let i = 0; i < 20_000; i++) {
      const a = { lat: 180 * random() - 90, lng: 360 * random() - 180 };
      const b =
        i % 2
          ? { lat: a.lat + random() - 0.5, lng: a.lng + random() - 0.5 }
          : { lat: 180 * random() - 90, lng: 360 * random() - 180 };
      const fast = haversineKm(a.lat, a.lng, cosOfLatitude(a.lat), b.lat, b.lng, cosOfLatitude(b.lat));
      expect(Object.is(fast, distanceKm(a, b))).toBe(true);
    }
  });

  it('boxes every point within the radius, across the antimeridian and near the poles', () => {
    const random = createRandom(2);
    const inside = (box: ReturnType<typeof boxAround>, p: { lat: number; lng: number }) =>
      p.lat >= box.minLat &&
      p.lat <= box.maxLat &&
      box.lngRanges.some(([lo, hi]) => p.lng >= lo && p.lng <= hi);
    for (let i = 0; i < 5_000; i++) {
      const centre =
        i % 3 === 0
          ? { lat: 170 * random() - 85, lng: 179.5 + random() * 0.5 }
          : { lat: 178 * random() - 89, lng: 360 * random() - 180 };
      const radius = 1 + 199 * random();
      const box = boxAround(centre.lat, centre.lng, radius);
      for (let k = 0; k < 8; k++) {
        const p = destination(centre.lat, centre.lng, radius * random(), 2 * Math.PI * random());
        if (distanceKm(centre, p) > radius) continue;
        expect(inside(box, p), JSON.stringify({ centre, radius, p })).toBe(true);
      }
    }
  });
});

describe('cell distance bound', () => {
  it('never exceeds the distance to any point of the cell', () => {
    const random = createRandom(5);
    for (let i = 0; i < 20_000; i++) {
      const minLat = -80 + 160 * random();
      const minLng = -180 + 359.9 * random();
      const rect = { minLat, maxLat: minLat + 0.1, minLng, maxLng: minLng + 0.1 };
      const inside = { lat: minLat + 0.1 * random(), lng: minLng + 0.1 * random() };
      const victim = destination(inside.lat, inside.lng, 250 * random(), 2 * Math.PI * random());
      const bound = distanceToRectLowerBoundKm(victim.lat, victim.lng, rect);
      expect(bound, JSON.stringify({ rect, inside, victim })).toBeLessThanOrEqual(distanceKm(victim, inside));
    }
  });
});

describe('ranked collector', () => {
  it('keeps the best matches in order, whatever the arrival order', () => {
    const random = createRandom(3);
    const store = new ProviderStore();
    for (let id = 1; id <= 300; id++) store.put(makeProvider({ id, name: `N${Math.floor(random() * 20)}` }));
    const collector = new RankedCollector(store);
    for (const keep of [1, 7, 50, 300]) {
      const entries = [...store.slotById.values()].map((slot) => ({
        slot,
        distanceKm: Math.floor(random() * 30),
        rank: Math.floor(random() * 3),
      }));
      collector.reset(keep);
      for (const e of entries) {
        collector.count(store.services[e.slot]!, store.publics[e.slot]!, false);
        collector.offer(e.slot, e.distanceKm, e.rank, -e.distanceKm);
      }
      const expected = [...entries]
        .sort((a, b) => {
          const x = store.docs[a.slot]!;
          const y = store.docs[b.slot]!;
          return (
            a.rank - b.rank ||
            a.distanceKm - b.distanceKm ||
            (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id - y.id)
          );
        })
        .slice(0, keep)
        .map((e) => e.slot);
      expect(collector.sorted().map((e) => e.slot)).toEqual(expected);
      expect(collector.total).toBe(300);
    }
  });
});

describe('text queries', () => {
  it('turns user input into quoted prefix terms', () => {
    expect(queryTerms('  Sécurité  réseau, "sécurité"*')).toEqual(['securite', 'reseau']);
    expect(toFtsPrefixQuery(queryTerms('NEAR(a b) AND c'))).toBe('"near"* "a"* "b"* "and"* "c"*');
    expect(queryTerms('"*()')).toEqual([]);
  });
});

describe('tokenizer', () => {
  it('splits and folds exactly like the reference, on French and on arbitrary Unicode', () => {
    const random = createRandom(4);
    const alphabet = [
      ...'aàâäbcçdeéèêëfghiîïjklmnoôöpqrstuùûüvwxyzAÀÉÈÇŒœÆæ0123456789 -\'’.,;:!?"«»()/_ßİıΣσςΩ',
    ];
    const randomCodePoint = () => String.fromCodePoint(Math.floor(random() * 0x2ffff));
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const n = Math.floor(random() * 40);
      for (let k = 0; k < n; k++)
        text += random() < 0.85 ? alphabet[Math.floor(random() * alphabet.length)] : randomCodePoint();
      if (random() < 0.2) text = text.normalize('NFD');
      expect(tokenizeText(text), JSON.stringify(text)).toEqual(tokenizeTextSlowly(text));
    }
  });
});

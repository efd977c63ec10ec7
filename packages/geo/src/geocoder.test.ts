import { beforeAll, describe, expect, it } from 'vitest';
import { ensureGazetteerBuilt } from '../test/ensure-gazetteer.ts';
import { loadGazetteer } from './gazetteer.ts';
import { createEmbeddedGeocoder, type Geocoder, GeoQueryError, MAX_QUERY_LENGTH } from './geocoder.ts';

let geocoder: Geocoder;

beforeAll(() => {
  geocoder = createEmbeddedGeocoder(loadGazetteer(ensureGazetteerBuilt()));
});

describe('embedded geocoder', () => {
  it('reads "lat,lng" as one coordinates candidate', async () => {
    expect(await geocoder.resolve(' 45.4339, 4.39 ')).toEqual([
      {
        label: '45.4339, 4.39',
        near: '45.4339,4.39',
        lat: 45.4339,
        lng: 4.39,
        kind: 'coordinates',
        score: 1,
        approximate: false,
      },
    ]);
  });

  it('reads "insee:<code>" as exactly that commune, whatever its homonyms', async () => {
    expect(await geocoder.resolve('insee:93066')).toEqual([
      {
        label: 'Saint-Denis (93)',
        near: 'insee:93066',
        communeCode: '93066',
        lat: expect.closeTo(48.94, 1),
        lng: expect.closeTo(2.35, 1),
        kind: 'commune',
        score: 1,
        approximate: false,
      },
    ]);
    const [reunion] = await geocoder.resolve('insee:97411');
    expect(reunion).toMatchObject({ label: 'Saint-Denis (974)', communeCode: '97411', near: 'insee:97411' });
    expect(reunion!.lat).toBeLessThan(-20);
    // Any case, Corsican codes, arrondissements, a commune with one postcode carrying it.
    expect(await geocoder.resolve(' INSEE:2a004 ')).toMatchObject([
      { communeCode: '2A004', near: 'insee:2A004' },
    ]);
    expect(await geocoder.resolve('insee:75108')).toMatchObject([
      { communeCode: '75108', postcode: '75008', kind: 'commune' },
    ]);
  });

  it('finds nothing for an unknown or malformed INSEE code, rather than guessing', async () => {
    expect(await geocoder.resolve('insee:99999')).toEqual([]);
    expect(await geocoder.resolve('insee:')).toEqual([]);
    expect(await geocoder.resolve('insee:saint-denis')).toEqual([]);
  });

  it('gives every commune and postcode candidate the "insee:" form that leads back to it', async () => {
    const homonyms = await geocoder.resolve('saint-denis', { limit: 20 });
    const exact = homonyms.filter((c) => c.score === 0.9);
    expect(exact.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Saint-Denis (93)', 'Saint-Denis (974)']),
    );
    for (const candidate of [...homonyms, ...(await geocoder.resolve('01000'))]) {
      expect(candidate.near).toBe(`insee:${candidate.communeCode}`);
      const [back] = await geocoder.resolve(candidate.near);
      expect(back).toMatchObject({
        communeCode: candidate.communeCode,
        lat: candidate.lat,
        lng: candidate.lng,
      });
    }
  });

  it('resolves a postcode to its communes with full confidence', async () => {
    const [paris] = await geocoder.resolve('75001');
    expect(paris).toMatchObject({
      label: '75001 Paris 1er Arrondissement',
      postcode: '75001',
      communeCode: '75101',
      kind: 'postcode',
      score: 1,
    });
    const bourg = await geocoder.resolve('01000');
    expect(bourg.map((c) => c.communeCode)).toEqual(['01053', '01344']);
    expect(bourg.every((c) => c.score === 1)).toBe(true);
  });

  it('answers an unknown postcode with the communes of its closest known prefix, less confidently', async () => {
    const candidates = await geocoder.resolve('75099');
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(c.postcode).toMatch(/^750/);
      expect(c.score).toBeLessThan(1);
    }
  });

  it('reads a département code, Corsica and overseas included', async () => {
    expect((await geocoder.resolve('69'))[0]).toMatchObject({ communeCode: '69123', kind: 'commune' });
    expect((await geocoder.resolve('2a'))[0]?.communeCode).toBe('2A004');
    expect((await geocoder.resolve('974'))[0]?.communeCode).toBe('97411');
    expect((await geocoder.resolve('69'))[0]!.score).toBeLessThan(1);
  });

  it('reads a partial postcode as a prefix', async () => {
    const candidates = await geocoder.resolve('130', { limit: 5 });
    expect(candidates).toHaveLength(5);
    for (const c of candidates) {
      expect(c.postcode).toMatch(/^130/);
      expect(c.kind).toBe('postcode');
      expect(c.score).toBeLessThan(1);
    }
  });

  it('uses the postcode and orders by the name when both are given, in either order', async () => {
    expect((await geocoder.resolve('75008 Paris'))[0]?.communeCode).toBe('75108');
    expect((await geocoder.resolve('Paris 75008'))[0]?.communeCode).toBe('75108');
    expect((await geocoder.resolve('01000 Saint-Denis-lès-Bourg'))[0]?.communeCode).toBe('01344');
  });

  it('searches commune names, exact names scoring above prefixes', async () => {
    const [first, second] = await geocoder.resolve('st etienne');
    expect(first).toMatchObject({
      communeCode: '42218',
      label: 'Saint-Étienne (42)',
      kind: 'commune',
      score: 0.9,
    });
    expect(second!.score).toBeLessThan(first!.score);
  });

  it('falls back on a postcode written inside an address line', async () => {
    const [first] = await geocoder.resolve('12 rue de la Paix 75002 Paris');
    expect(first).toMatchObject({ communeCode: '75102', postcode: '75002' });
    expect(first!.score).toBeLessThan(1);
  });

  it('respects the limit', async () => {
    expect(await geocoder.resolve('saint', { limit: 4 })).toHaveLength(4);
    expect(await geocoder.resolve('saint', { limit: 0 })).toHaveLength(1);
  });

  it('returns nothing for a place it does not know', async () => {
    expect(await geocoder.resolve('Atlantis-sur-Mer')).toEqual([]);
  });

  it('rejects empty and over-long queries with a typed error', async () => {
    await expect(geocoder.resolve('   ')).rejects.toMatchObject({
      name: 'GeoQueryError',
      code: 'empty-query',
    });
    await expect(geocoder.resolve('a'.repeat(MAX_QUERY_LENGTH + 1))).rejects.toBeInstanceOf(GeoQueryError);
    await expect(geocoder.resolve('a'.repeat(MAX_QUERY_LENGTH + 1))).rejects.toMatchObject({
      code: 'query-too-long',
    });
    // Surrounding spaces do not count against the length.
    await expect(geocoder.resolve(` ${'a'.repeat(MAX_QUERY_LENGTH)} `)).resolves.toEqual([]);
  });
});

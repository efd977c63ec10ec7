import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDistance,
  formatDistanceAway,
  formatNumber,
  formatRating,
  formatResultCount,
  isPast,
  languageName,
  publicName,
  serviceName,
  sortServices,
  telHref,
  websiteHost,
} from './providers-format.ts';

// French typography: a narrow no-break space groups thousands.
const nnbsp = '\u202f';

describe('formatDistance', () => {
  it('writes one decimal under 10 km, with a decimal comma in French', () => {
    expect(formatDistance(3.24, 'fr')).toBe('3,2 km');
    expect(formatDistance(3.24, 'en')).toBe('3.2 km');
    expect(formatDistance(1, 'fr')).toBe('1 km');
  });

  it('writes whole kilometres from 10 km', () => {
    expect(formatDistance(9.96, 'fr')).toBe('10 km');
    expect(formatDistance(42.4, 'fr')).toBe('42 km');
    expect(formatDistance(1234.5, 'fr')).toBe(`1${nnbsp}235 km`);
    expect(formatDistance(1234.5, 'en')).toBe('1,235 km');
  });

  it('writes metres, by hundreds, under 1 km; never "0 m"', () => {
    expect(formatDistance(0.42, 'fr')).toBe('400 m');
    expect(formatDistance(0.01, 'fr')).toBe('100 m');
    expect(formatDistance(0, 'en')).toBe('100 m');
    expect(formatDistance(-1, 'en')).toBe('100 m');
  });

  it('says how far in a sentence', () => {
    expect(formatDistanceAway(3.2, 'fr')).toBe('à 3,2 km');
    expect(formatDistanceAway(3.2, 'en')).toBe('3.2 km away');
  });

  it('writes a distance from an estimated position as "about", in whole kilometres, never in metres', () => {
    expect(formatDistance(20.4, 'fr', true)).toBe('environ 20 km');
    expect(formatDistance(20.4, 'en', true)).toBe('about 20 km');
    expect(formatDistance(3.24, 'fr', true)).toBe('environ 3 km');
    expect(formatDistance(0.2, 'fr', true)).toBe('environ 1 km');
    expect(formatDistance(1234.5, 'fr', true)).toBe(`environ 1${nnbsp}235 km`);
    expect(formatDistanceAway(20, 'fr', true)).toBe('à environ 20 km');
    expect(formatDistanceAway(20, 'en', true)).toBe('about 20 km away');
  });
});

describe('formatResultCount', () => {
  const lyon = { label: '69001 Lyon 1er', kind: 'postcode' };

  it('counts providers around the searched place, with French plural rules', () => {
    expect(formatResultCount(42, 30, lyon, 'fr')).toBe(
      '42 prestataires dans un rayon de 30 km autour de 69001 Lyon 1er',
    );
    expect(formatResultCount(1, 30, lyon, 'fr')).toBe(
      '1 prestataire dans un rayon de 30 km autour de 69001 Lyon 1er',
    );
    expect(formatResultCount(1250, 200, lyon, 'fr')).toBe(
      `1${nnbsp}250 prestataires dans un rayon de 200 km autour de 69001 Lyon 1er`,
    );
  });

  it('says so when providers helping remotely, from anywhere, are counted too', () => {
    expect(formatResultCount(375, 30, lyon, 'fr', true)).toBe(
      '375 prestataires dans un rayon de 30 km autour de 69001 Lyon 1er ou intervenant à distance',
    );
    expect(formatResultCount(1, 30, lyon, 'en', true)).toBe(
      '1 provider within 30 km of 69001 Lyon 1er or helping remotely',
    );
  });

  it('speaks English too', () => {
    expect(formatResultCount(1, 10, lyon, 'en')).toBe('1 provider within 10 km of 69001 Lyon 1er');
    expect(formatResultCount(2, 10, lyon, 'en')).toBe('2 providers within 10 km of 69001 Lyon 1er');
  });

  it('says "none" plainly, and "your location" for coordinates', () => {
    expect(formatResultCount(0, 5, lyon, 'fr')).toBe(
      'Aucun prestataire dans un rayon de 5 km autour de 69001 Lyon 1er',
    );
    expect(formatResultCount(3, 5, { label: '45.764, 4.836', kind: 'coordinates' }, 'fr')).toBe(
      '3 prestataires dans un rayon de 5 km autour de votre position',
    );
  });
});

describe('formatRating', () => {
  it('writes the average out of 5 and the number of reviews', () => {
    expect(formatRating({ average: 4.56, count: 12 }, 'fr')).toBe('4,6 sur 5 (12 avis)');
    expect(formatRating({ average: 4, count: 1 }, 'en')).toBe('4 out of 5 (1 review)');
    expect(formatRating({ average: 3.25, count: 2 }, 'en')).toBe('3.3 out of 5 (2 reviews)');
  });

  it('gives nothing when nobody has rated yet', () => {
    expect(formatRating({ average: null, count: 0 }, 'fr')).toBeNull();
    expect(formatRating({ average: 5, count: 0 }, 'fr')).toBeNull();
  });
});

describe('formatDate', () => {
  it('writes the date of Paris, whatever the machine’s time zone', () => {
    // 23:30 UTC on 31 December is already the 1st of January in Paris.
    expect(formatDate('2026-12-31T23:30:00Z', 'fr')).toBe('1er janvier 2027');
    expect(formatDate('2026-12-31T12:00:00Z', 'fr')).toBe('31 décembre 2026');
    expect(formatDate('2027-03-01', 'en')).toBe('1 March 2027');
    expect(formatDate('2027-03-12', 'en')).toBe('12 March 2027');
  });

  it('gives nothing for a missing or broken date', () => {
    expect(formatDate(null, 'fr')).toBeNull();
    expect(formatDate('not a date', 'fr')).toBeNull();
  });
});

describe('isPast', () => {
  it('compares a date with now, a missing date never being past', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(isPast('2026-05-31T23:59:59Z', now)).toBe(true);
    expect(isPast('2027-01-01', now)).toBe(false);
    expect(isPast(null, now)).toBe(false);
  });
});

describe('names from the catalogue', () => {
  it('names services and publics in each language, keeping unknown ids readable', () => {
    expect(serviceName('ransomware-recovery', 'fr')).toBe('Remédiation rançongiciel');
    expect(serviceName('ransomware-recovery', 'en')).toBe('Ransomware recovery');
    expect(serviceName('quantum-healing', 'fr')).toBe('quantum-healing');
    expect(publicName('public-body', 'fr')).toBe('Collectivités et administrations');
    expect(publicName('business', 'en')).toBe('Businesses and associations');
  });

  it('orders services as the catalogue does, once each, unknown ones last', () => {
    expect(sortServices(['security-audit', 'x-unknown', 'incident-response', 'security-audit'])).toEqual([
      'incident-response',
      'security-audit',
      'x-unknown',
    ]);
  });

  it('names languages from their codes, capitalised', () => {
    expect(languageName('fr', 'fr')).toBe('Français');
    expect(languageName('en', 'fr')).toBe('Anglais');
    expect(languageName('de', 'en')).toBe('German');
  });
});

describe('contact links', () => {
  it('dials digits only', () => {
    expect(telHref('04 78 00 00 00')).toBe('tel:0478000000');
    expect(telHref('+33 (0)4 78 00.00.00')).toBe('tel:+330478000000');
  });

  it('shows a website by its host, and refuses what is not a web address', () => {
    expect(websiteHost('https://www.cyber-secours.fr/contact')).toBe('cyber-secours.fr');
    expect(websiteHost('javascript:alert(1)')).toBeNull();
    expect(websiteHost('not a url')).toBeNull();
  });

  it('formats numbers in the language’s conventions', () => {
    expect(formatNumber(12345, 'fr')).toBe(`12${nnbsp}345`);
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });
});

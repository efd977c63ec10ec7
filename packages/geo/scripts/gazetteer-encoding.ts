/**
 * The gazetteer file: columns rather than one object per commune, codes in order, and gzip level 9,
 * because the portal loads it whole. Sorting everything keeps the file byte-identical across builds.
 */
import { gzipSync } from 'node:zlib';
import { COORDINATE_SCALE, GAZETTEER_FORMAT, type GazetteerFile } from '../src/gazetteer-file.ts';
import type { WorkCommune } from './work-communes.ts';

export type EncodedGazetteer = {
  file: GazetteerFile;
  /** The communes in file order (by code), for the coverage report. */
  ordered: WorkCommune[];
  gzipped: Buffer;
};

export function encodeGazetteer(
  communes: Map<string, WorkCommune>,
  aliases: Map<string, Set<string>>,
  postcodeMap: Map<string, Set<string>>,
  versions: Record<string, string>,
): EncodedGazetteer {
  const ordered = [...communes.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const position = new Map(ordered.map((c, i) => [c.code, i]));
  const file: GazetteerFile = {
    format: GAZETTEER_FORMAT,
    sources: versions,
    communes: {
      code: ordered.map((c) => c.code),
      name: ordered.map((c) => c.name),
      departement: ordered.map((c) => c.departement),
      population: ordered.map((c) => c.population ?? -1),
      lat: ordered.map((c) => Math.round(c.point!.lat * COORDINATE_SCALE)),
      lng: ordered.map((c) => Math.round(c.point!.lng * COORDINATE_SCALE)),
      approximate: ordered.map((c) => (c.source!.startsWith('fallback') ? 1 : 0)),
      parent: ordered.map((c) => c.parent),
      postcodes: ordered.map((c) => [...c.postcodes].sort().join(' ')),
    },
    aliases: ordered.flatMap((c, i) =>
      [...(aliases.get(c.code) ?? [])].sort().map((name): [number, string] => [i, name]),
    ),
    postcodes: Object.fromEntries(
      [...postcodeMap.keys()]
        .sort()
        .map((p) => [p, [...postcodeMap.get(p)!].map((code) => position.get(code)!).sort((a, b) => a - b)]),
    ),
  };
  const gzipped = gzipSync(JSON.stringify(file), { level: 9 });
  return { file, ordered, gzipped };
}

/** Identifies the layout of `data/gazetteer.json.gz`; bump it when the layout changes. */
export const GAZETTEER_FORMAT = 'vigie-gazetteer@1';

/** Coordinates are stored as integers of 1e-5 degree (about a metre). */
export const COORDINATE_SCALE = 1e5;

/**
 * The built gazetteer, column-oriented so that it stays small: entry `i` of every `communes`
 * column describes the same commune, and `postcodes` maps a postcode to commune indexes.
 */
export type GazetteerFile = {
  format: typeof GAZETTEER_FORMAT;
  /** Data packages and versions the file was built from. */
  sources: Record<string, string>;
  communes: {
    code: string[];
    name: string[];
    departement: string[];
    /** Municipal population; -1 when unknown. */
    population: number[];
    lat: number[];
    lng: number[];
    /** 1 when the coordinates are a fallback estimate rather than a point of the commune itself. */
    approximate: number[];
    /** For the arrondissements of Paris, Lyon and Marseille, the commune's code; '' otherwise. */
    parent: string[];
    /** Space-separated postcodes. */
    postcodes: string[];
  };
  /** Former names (merged or delegated communes) as `[commune index, name]`. */
  aliases: [number, string][];
  postcodes: Record<string, number[]>;
};

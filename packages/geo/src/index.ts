export {
  type AddressApiFallbackReason,
  type AddressApiGeocoderOptions,
  createAddressApiGeocoder,
  DEFAULT_ADDRESS_API_TIMEOUT_MS,
  DEFAULT_ADDRESS_API_URL,
} from './address-api-geocoder.ts';
export { distanceKm, type LatLng, parseLatLng } from './distance.ts';
export {
  type Commune,
  type CommuneMatch,
  createGazetteer,
  DEFAULT_GAZETTEER_PATH,
  type Gazetteer,
  GazetteerNotBuiltError,
  loadGazetteer,
} from './gazetteer.ts';
export { GAZETTEER_FORMAT, type GazetteerFile } from './gazetteer-file.ts';
export {
  createEmbeddedGeocoder,
  type GeoCandidate,
  type Geocoder,
  GeoQueryError,
  MAX_QUERY_LENGTH,
  type ResolveOptions,
  validateGeoQuery,
} from './geocoder.ts';
export { normalizePlaceName } from './normalize.ts';

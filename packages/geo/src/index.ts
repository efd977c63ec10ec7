export { distanceKm, type LatLng, parseLatLng } from './distance.ts';

export { CATALOGUE_VERSION } from './version.ts';
export {
  isOrientationId,
  ORIENTATION_IDS,
  type OrientationId,
  PUBLICS,
  type Public,
  SEVERITIES,
  type Severity,
} from './vocabulary.ts';

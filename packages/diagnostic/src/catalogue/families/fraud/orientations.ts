import type { OrientationRef } from '../../../types.ts';
import { IND, ORGS } from '../../family.ts';

// THESEE and Perceval serve individuals only; organisations file a complaint and get the CSIRT.
export const thesee: OrientationRef = { id: 'thesee', publics: IND };
export const perceval: OrientationRef = { id: 'perceval', publics: IND };
export const orgComplaint: OrientationRef = { id: 'complaint', publics: ORGS };
export const csirt: OrientationRef = { id: 'csirt', publics: ORGS };
export const orgCnil: OrientationRef = { id: 'cnil', publics: ORGS };

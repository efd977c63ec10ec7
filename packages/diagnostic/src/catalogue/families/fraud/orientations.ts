import type { OrientationRef } from '../../../types.ts';

// THESEE and Perceval serve individuals only; organisations file a complaint and get the CSIRT.
export const thesee: OrientationRef = { id: 'thesee', publics: ['individual'] };
export const perceval: OrientationRef = { id: 'perceval', publics: ['individual'] };
export const orgComplaint: OrientationRef = { id: 'complaint', publics: ['business', 'public-body'] };
export const csirt: OrientationRef = { id: 'csirt', publics: ['business', 'public-body'] };
export const orgCnil: OrientationRef = { id: 'cnil', publics: ['business', 'public-body'] };

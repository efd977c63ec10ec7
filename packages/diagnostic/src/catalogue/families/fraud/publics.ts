import type { Public } from '../../../vocabulary.ts';

/** Publics shared by the fraud family's questions and advice. */
export const I: Public[] = ['individual'];
export const IB: Public[] = ['individual', 'business'];
export const ORGS: Public[] = ['business', 'public-body'];

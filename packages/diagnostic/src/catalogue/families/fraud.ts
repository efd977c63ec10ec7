import type { Family } from '../family.ts';

export const fraudFamily: Family = { threats: [], advice: [], outcomes: [], questions: [], sources: [] };

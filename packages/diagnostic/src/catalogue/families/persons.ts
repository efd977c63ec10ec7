import type { Family } from '../family.ts';

export const personsFamily: Family = { threats: [], advice: [], outcomes: [], questions: [], sources: [] };

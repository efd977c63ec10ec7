import type { Family } from '../family.ts';

export const systemsFamily: Family = { threats: [], advice: [], outcomes: [], questions: [], sources: [] };

import type { Family } from '../family.ts';
import { advice } from './persons/advice.ts';
import { outcomes } from './persons/outcomes.ts';
import { questions } from './persons/questions.ts';
import { sources } from './persons/sources.ts';
import { threats } from './persons/threats.ts';

/** Harm to people (harassment, threats, blackmail, intimate images, surveillance) and illegal content. */
export const personsFamily: Family = { threats, advice, outcomes, questions, sources };

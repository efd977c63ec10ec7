import type { Advice, OutcomeDef, Question, Threat } from '../types.ts';
import type { Source } from './sources.ts';

/** A family of related threats with their advice, outcomes and question subgraph. */
export type Family = {
  threats: Threat[];
  advice: Advice[];
  outcomes: OutcomeDef[];
  questions: Question[];
  sources: Source[];
};

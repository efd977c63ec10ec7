import type { Family } from '../family.ts';
import { advice } from './fraud/advice.ts';
import { identityQuestions } from './fraud/identity-questions.ts';
import { messageQuestions } from './fraud/message-questions.ts';
import { outcomes } from './fraud/outcomes.ts';
import { scamQuestions } from './fraud/scam-questions.ts';
import { sources } from './fraud/sources.ts';
import { threats } from './fraud/threats.ts';

/** Scams, suspicious messages and identity theft: entries fraud-start, message-start, identity-start. */
export const fraudFamily: Family = {
  threats,
  advice,
  outcomes,
  questions: [...scamQuestions, ...messageQuestions, ...identityQuestions],
  sources,
};

import type { Family } from '../family.ts';
import { contentOutcomes } from './persons/content-outcomes.ts';
import { contentQuestions } from './persons/content-questions.ts';
import { entryQuestions } from './persons/entry-questions.ts';
import { harassmentOutcomes } from './persons/harassment-outcomes.ts';
import { harassmentQuestions } from './persons/harassment-questions.ts';
import { recoverAndPreventAdvice } from './persons/recover-and-prevent-advice.ts';
import { reportAdvice } from './persons/report-advice.ts';
import { reputationOutcomes } from './persons/reputation-outcomes.ts';
import { reputationQuestions } from './persons/reputation-questions.ts';
import { sextortionOutcomes } from './persons/sextortion-outcomes.ts';
import { sextortionQuestions } from './persons/sextortion-questions.ts';
import { sources } from './persons/sources.ts';
import { stopAndEvidenceAdvice } from './persons/stop-and-evidence-advice.ts';
import { threats } from './persons/threats.ts';

/**
 * Harm to people (harassment, threats, blackmail, intimate images, surveillance) and illegal content.
 * Shared advice of common.ts (keep-evidence, file-complaint, report-platform, seek-support…) is
 * reused by the outcomes and not repeated here. Outcomes follow official guidance: PHAROS for public
 * illegal content (not for purely private disputes, which go to a complaint), THESEE for online
 * blackmail, 3018 for minors, France Victimes for support, the CNIL for erasure and delisting
 * refusals. The engine adds 17 (danger), 3018 (minor) and the police chat (urgent) by itself.
 */
export const personsFamily: Family = {
  threats,
  advice: [...stopAndEvidenceAdvice, ...reportAdvice, ...recoverAndPreventAdvice],
  outcomes: [...sextortionOutcomes, ...harassmentOutcomes, ...reputationOutcomes, ...contentOutcomes],
  questions: [
    ...entryQuestions,
    ...sextortionQuestions,
    ...harassmentQuestions,
    ...reputationQuestions,
    ...contentQuestions,
  ],
  sources,
};

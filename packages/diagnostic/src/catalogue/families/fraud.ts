import type { Family } from '../family.ts';
import { evidenceAdvice } from './fraud/advice-evidence.ts';
import { lureAdvice } from './fraud/advice-lures.ts';
import { preventAdvice } from './fraud/advice-prevent.ts';
import { recoverAdvice } from './fraud/advice-recover.ts';
import { reportAdvice } from './fraud/advice-report.ts';
import { stopAdvice } from './fraud/advice-stop.ts';
import { identityQuestions } from './fraud/identity-questions.ts';
import { lureQuestions } from './fraud/lure-questions.ts';
import { callQuestions } from './fraud/message-call-questions.ts';
import { onlineQuestions } from './fraud/message-online-questions.ts';
import { messageQuestions } from './fraud/message-questions.ts';
import { bankingOutcomes } from './fraud/outcomes-banking.ts';
import { identityOutcomes } from './fraud/outcomes-identity.ts';
import { impersonationOutcomes } from './fraud/outcomes-impersonation.ts';
import { lureOutcomes } from './fraud/outcomes-lures.ts';
import { messageOutcomes } from './fraud/outcomes-messages.ts';
import { moneyOutcomes } from './fraud/outcomes-money.ts';
import { shoppingOutcomes } from './fraud/outcomes-shopping.ts';
import { scamBankQuestions } from './fraud/scam-bank-questions.ts';
import { scamImpersonationQuestions } from './fraud/scam-impersonation-questions.ts';
import { scamMoneyQuestions } from './fraud/scam-money-questions.ts';
import { scamPurchaseQuestions } from './fraud/scam-purchase-questions.ts';
import { scamStartQuestions } from './fraud/scam-start-questions.ts';
import { sources } from './fraud/sources.ts';
import { threats } from './fraud/threats.ts';

/** Scams, suspicious messages and identity theft: entries fraud-start, message-start, identity-start. */
export const fraudFamily: Family = {
  threats,
  // Advice by phase, in journey order.
  advice: [
    ...stopAdvice,
    ...evidenceAdvice,
    ...reportAdvice,
    ...recoverAdvice,
    ...preventAdvice,
    ...lureAdvice,
  ],
  outcomes: [
    // Scams (fraud-start).
    ...shoppingOutcomes,
    ...bankingOutcomes,
    ...moneyOutcomes,
    ...impersonationOutcomes,
    ...lureOutcomes,
    // Suspicious messages (message-start) and identity (identity-start).
    ...messageOutcomes,
    ...identityOutcomes,
  ],
  questions: [
    // Scams (fraud-start).
    ...scamStartQuestions,
    ...scamPurchaseQuestions,
    ...scamBankQuestions,
    ...scamMoneyQuestions,
    ...scamImpersonationQuestions,
    ...lureQuestions,
    // Suspicious messages (message-start).
    ...messageQuestions,
    ...callQuestions,
    ...onlineQuestions,
    // Identity (identity-start).
    ...identityQuestions,
  ],
  sources,
};

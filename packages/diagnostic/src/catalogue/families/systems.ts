import type { Family } from '../family.ts';
import { accountOutcomes } from './systems/account-outcomes.ts';
import { accountQuestions } from './systems/account-questions.ts';
import { accountAdvice } from './systems/advice-accounts.ts';
import { dataAdvice } from './systems/advice-data-breaches.ts';
import { deviceAdvice } from './systems/advice-devices.ts';
import { attackAdvice } from './systems/advice-org-attacks.ts';
import { orgFraudAdvice } from './systems/advice-org-fraud.ts';
import { websiteAdvice } from './systems/advice-websites.ts';
import { deviceOutcomes } from './systems/device-outcomes.ts';
import { deviceQuestions } from './systems/device-questions.ts';
import { attackOutcomes } from './systems/org-attack-outcomes.ts';
import { attackQuestions } from './systems/org-attack-questions.ts';
import { dataOutcomes, dataQuestions } from './systems/org-data-breaches.ts';
import { orgFraudOutcomes, orgFraudQuestions } from './systems/org-payment-fraud.ts';
import { websiteOutcomes, websiteQuestions } from './systems/org-websites.ts';
import { systemsSources } from './systems/sources.ts';
import { spoofingAdvice, spoofingOutcomes, spoofingQuestions } from './systems/spoofing-and-phone-fraud.ts';
import { systemsThreats } from './systems/threats.ts';

/**
 * Systems: accounts, devices, attacks on organisations, websites and domains, payment fraud
 * against organisations, data breaches, spoofing and phone-system fraud. Entry questions: `account-start`, `device-start`,
 * `org-attack-start`, `org-fraud-start`, `website-start`, `org-data-start`.
 */
export const systemsFamily: Family = {
  threats: systemsThreats,
  advice: [
    ...accountAdvice,
    ...deviceAdvice,
    ...attackAdvice,
    ...websiteAdvice,
    ...orgFraudAdvice,
    ...dataAdvice,
    ...spoofingAdvice,
  ],
  outcomes: [
    ...accountOutcomes,
    ...deviceOutcomes,
    ...attackOutcomes,
    ...websiteOutcomes,
    ...orgFraudOutcomes,
    ...dataOutcomes,
    ...spoofingOutcomes,
  ],
  questions: [
    ...accountQuestions,
    ...deviceQuestions,
    ...attackQuestions,
    ...websiteQuestions,
    ...orgFraudQuestions,
    ...dataQuestions,
    ...spoofingQuestions,
  ],
  sources: systemsSources,
};

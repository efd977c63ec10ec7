import type { Family } from '../family.ts';
import { accountOutcomes, accountQuestions } from './systems/accounts.ts';
import { systemsAdvice } from './systems/advice.ts';
import { deviceOutcomes, deviceQuestions } from './systems/devices.ts';
import {
  attackOutcomes,
  attackQuestions,
  dataOutcomes,
  dataQuestions,
  orgFraudOutcomes,
  orgFraudQuestions,
  websiteOutcomes,
  websiteQuestions,
} from './systems/organisations.ts';
import { systemsSources } from './systems/sources.ts';
import { systemsThreats } from './systems/threats.ts';

/**
 * Systems: accounts, devices, attacks on organisations, websites and domains, payment fraud
 * against organisations, data breaches. Entry questions: `account-start`, `device-start`,
 * `org-attack-start`, `org-fraud-start`, `website-start`, `org-data-start`.
 */
export const systemsFamily: Family = {
  threats: systemsThreats,
  advice: systemsAdvice,
  outcomes: [
    ...accountOutcomes,
    ...deviceOutcomes,
    ...attackOutcomes,
    ...websiteOutcomes,
    ...orgFraudOutcomes,
    ...dataOutcomes,
  ],
  questions: [
    ...accountQuestions,
    ...deviceQuestions,
    ...attackQuestions,
    ...websiteQuestions,
    ...orgFraudQuestions,
    ...dataQuestions,
  ],
  sources: systemsSources,
};

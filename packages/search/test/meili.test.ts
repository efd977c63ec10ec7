/**
 * The Meilisearch provider index against the ProviderIndex contract. It runs against the local
 * stand-in; with MEILI_HOST (and MEILI_API_KEY when the server has a master key) it runs against that
 * server instead, on indexes named `vigie_test_<run>_<n>` that are deleted afterwards. What is specific
 * to Meilisearch is tested in `meili-index.test.ts` and `meili-candidate-filter.test.ts`.
 */
import { describeProviderIndexContract } from '../testing/provider-index-contract.ts';
import { cleanUpAfterTests, makeIndex, REAL_HOST } from './meili-harness.ts';

cleanUpAfterTests();

describeProviderIndexContract(
  REAL_HOST ? `meilisearch at ${REAL_HOST}` : 'meilisearch (stand-in)',
  async () => ({
    index: await makeIndex(),
    cleanup: async () => {},
  }),
);

/**
 * `@vigie/search/testing`: what tests need around the provider index, kept out of what the package
 * exports to production code. The contract suite every ProviderIndex must pass, the deterministic
 * fixture it runs on, and a strict local stand-in for the Meilisearch HTTP API.
 */
export {
  createRandom,
  FIXTURE_PLACES,
  FIXTURE_PUBLICS,
  FIXTURE_SERVICES,
  FIXTURE_TEXT_QUERIES,
  generateProviderFixture,
  generateRandomQueries,
  makeProvider,
  type ProviderFixtureOptions,
} from './fixture.ts';
export {
  type MeiliStandin,
  type MeiliStandinOptions,
  type StandinIndex,
  StandinState,
  type StandinTask,
  startMeiliStandin,
  type TaskStatus,
} from './meili-standin/server.ts';
export { describeProviderIndexContract, type MakeProviderIndex } from './provider-index-contract.ts';

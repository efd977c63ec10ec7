export { chooseSearchEngine, type SearchEngineName, type SearchStatus } from './engine.ts';

export { backupDb, createDb, type Db, type DbHandle, MIGRATIONS_FOLDER, migrateDb } from './create-db.ts';
export * from './schema/index.ts';
export { DEFAULT_DEMO_PROVIDER_COUNT, generateDemoProviders } from './seed/providers.ts';
export { type DemoAccount, type DemoCredentials, isEmpty, seedDemo } from './seed/seed-demo.ts';
export { completeSiret, isValidSiret } from './siret.ts';

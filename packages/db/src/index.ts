export { backupDb, createDb, type Db, type DbHandle, MIGRATIONS_FOLDER, migrateDb } from './create-db.ts';
export * from './schema/index.ts';
export { type DemoAccount, type DemoCredentials, isEmpty, seedDemo } from './seed/seed-demo.ts';
export { completeSiret, isValidSiret } from './siret.ts';

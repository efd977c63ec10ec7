export * from './providers.ts';
export * from './users.ts';

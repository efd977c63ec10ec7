// `npm run setup`: everything `npm start` does except starting the servers (install, build,
// migrate, demo data when the database is empty), for a machine that then runs `pnpm dev` or
// the apps one by one.
import { log, printDemo, setUpWorkspace } from './lib.mjs';

const { demoSummary } = setUpWorkspace();
printDemo(demoSummary);
log('ready: `npm start` runs the API and the portal, `pnpm dev` runs them in watch mode');

// `npm start`: set up on a fresh machine and run the API and the portal with demo data.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { log, ROOT, setUpWorkspace } from './lib.mjs';

const apiPort = process.env.API_PORT ?? '8787';
const portalPort = process.env.PORTAL_PORT ?? '3000';
const apiUrl = `http://127.0.0.1:${apiPort}`;
const portalUrl = `http://127.0.0.1:${portalPort}`;

setUpWorkspace();

const children = [];
let stopping = false;

function launch(name, cwd, entry) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: path.join(ROOT, cwd),
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, API_PORT: apiPort, PORTAL_PORT: portalPort },
  });
  child.on('exit', (code, signal) => {
    children.splice(children.indexOf(child), 1);
    if (!stopping) {
      console.error(`[vigie] ${name} stopped unexpectedly (${signal ?? code}); stopping everything`);
      stop(1);
    } else if (children.length === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
  children.push(child);
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  log('stopping…');
  if (children.length === 0) process.exit(code);
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(code || 1);
  }, 15_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

launch('api', 'apps/api', 'src/server.ts');
launch('portal', 'apps/portal', 'server.ts');

const [apiUp, portalUp] = await Promise.all([waitFor(`${apiUrl}/health`), waitFor(`${portalUrl}/`)]);
if (!apiUp || !portalUp) {
  console.error(`[vigie] ${!apiUp ? 'the API' : 'the portal'} did not come up in time`);
  stop(1);
} else {
  const credentialsFile = path.join(ROOT, 'data/demo-credentials.json');
  console.log('');
  log(`API     ${apiUrl}  (health: ${apiUrl}/health, docs: ${apiUrl}/docs)`);
  log(`Portal  ${portalUrl}`);
  if (existsSync(credentialsFile)) {
    const { accounts } = JSON.parse(readFileSync(credentialsFile, 'utf8'));
    log('Demo logins (development only):');
    for (const a of accounts)
      console.log(`         ${a.roles.join(',').padEnd(16)} ${a.email}  /  ${a.password}`);
  }
  log('Ctrl-C stops both.');
}

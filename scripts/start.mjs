// `npm start`: set up on a fresh machine and run the API and the portal with demo data.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import path from 'node:path';
import { log, printDemo, ROOT, setUpWorkspace } from './lib.mjs';

const apiPort = process.env.API_PORT ?? '8787';
const portalPort = process.env.PORTAL_PORT ?? '3000';
const apiUrl = `http://127.0.0.1:${apiPort}`;
const portalUrl = `http://127.0.0.1:${portalPort}`;

const { demoSummary } = setUpWorkspace();

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

function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// Both servers open their port only once ready. Knocking on it, rather than requesting a page,
// keeps these checks out of the request logs.
async function waitForPort(port, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await accepts(port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

launch('api', 'apps/api', 'src/server.ts');
launch('portal', 'apps/portal', 'server.ts');

const [apiUp, portalUp] = await Promise.all([waitForPort(apiPort), waitForPort(portalPort)]);
if (!apiUp || !portalUp) {
  console.error(`[vigie] ${!apiUp ? 'the API' : 'the portal'} did not come up in time`);
  stop(1);
} else if (!stopping) {
  console.log('');
  log(`Portal  ${portalUrl}  (in the browser's language, French or English; the header switches)`);
  log(`API     ${apiUrl}  (health: ${apiUrl}/health, docs: ${apiUrl}/docs)`);
  printDemo(demoSummary);
  log('Ctrl-C stops both.');
  console.log('');
}

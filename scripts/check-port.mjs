#!/usr/bin/env node
// `npm start` runs this first: before a build of a minute or more, check that
// the dev server's port is free, and if it is not, say which one and how to
// pick another. Exits 1 when the port is busy or PORT is not a port number.
import { createServer } from 'node:net';

const DEFAULT_PORT = 8000;
// The dev server (demo/dev-server.config.mjs) listens on the same host and port.
const HOST = 'localhost';

/** Resolves to undefined when `port` can be listened on, else to the error's code (EADDRINUSE, EACCES…). */
function portProblem(port, host = HOST) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error) => resolve(error.code ?? String(error)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

const REASONS = {
  EADDRINUSE: 'is busy: another program is listening on it',
  EACCES: 'needs privileges this user lacks',
};

const text = process.env.PORT ?? String(DEFAULT_PORT);
const port = Number(text);
if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
  console.error(`PORT="${text}" is not a port number (1–65535). Run, for example: PORT=${DEFAULT_PORT + 1} npm start`);
  process.exit(1);
}
const problem = await portProblem(port);
if (problem) {
  console.error(`Port ${port} on ${HOST} ${REASONS[problem] ?? `cannot be used (${problem})`}.`);
  console.error(`Stop that program, or pick another port: PORT=${port === 65535 ? DEFAULT_PORT + 1 : port + 1} npm start`);
  process.exit(1);
}

// `npm start`: builds the single-file elements bundle and the demo pages, then serves the demo
// EMR host page on a local URL (PORT, else 8080, else any free port) until stopped.
import { buildDemo } from './demo-build.mjs';
import { startDemoServer } from './demo-server.mjs';

console.log('Building the elements bundle and the demo pages…');
await buildDemo();

const requested = Number(process.env.PORT ?? 8080);
let started;
try {
  started = await startDemoServer({ port: requested });
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  started = await startDemoServer({ port: 0 });
}
console.log(`MindBrite CRM demo EMR page: ${started.url}`);
console.log(`React and Vue hosts:         ${started.url}frameworks.html`);
console.log('Press Ctrl+C to stop.');

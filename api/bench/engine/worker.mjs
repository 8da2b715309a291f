// One of the two simulation workers: runs the jobs it is sent and posts their statistics back.
import { parentPort } from 'node:worker_threads';
import { loadContent, loadRelease, simulate } from './simulation.mjs';

const release = loadRelease();
const content = loadContent();
parentPort.on('message', (job) => {
  if (job === 'stop') return process.exit(0);
  const stats = simulate(job, release, content);
  parentPort.postMessage({ job: { id: job.id, noiseIndex: job.noiseIndex, competenceCode: job.competenceCode }, stats });
});

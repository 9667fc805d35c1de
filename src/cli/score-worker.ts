// A worker thread of the scoring pool: scores each batch it is sent and posts the outcomes back.
import { parentPort } from 'node:worker_threads';
import type { ScoreBatch, ScoredBatch } from './batch-scorer.ts';
import { scoreOutcome } from './scored-reply.ts';

if (parentPort === null) throw new Error('score-worker.ts must run as a worker thread');
const port = parentPort;
port.on('message', ({ seq, inputs }: ScoreBatch) => {
  const reply: ScoredBatch = { seq, outcomes: inputs.map(scoreOutcome) };
  port.postMessage(reply);
});

/** A worker for tests/unit/worker-pool.test.ts: replies with the heap limits it was started with. */
import { resourceLimits } from 'node:worker_threads';
import { serveJobs } from '../../src/lib/worker-pool.ts';

serveJobs(() => resourceLimits);

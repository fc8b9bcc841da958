/** A worker thread of the citation pool (src/lib/cite-this.ts): formats each list of CSL-JSON items it is sent. */
import { workerData } from 'node:worker_threads';
import { formatItems, registerCslFiles, type CitationLocale, type CslFiles } from './cite-format.ts';
import { serveJobs } from './worker-pool.ts';

registerCslFiles(workerData as CslFiles);
serveJobs(({ items, locale }: { items: Record<string, unknown>[]; locale: CitationLocale }) => formatItems(items, locale));

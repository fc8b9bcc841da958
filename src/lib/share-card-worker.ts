/** A worker thread of the share-card pool (src/lib/share-image.ts): draws each card it is sent into its cache file. */
import { drawShareCardFile, type ShareCard } from './share-image.ts';
import { serveJobs } from './worker-pool.ts';

serveJobs(({ card, file }: { card: ShareCard; file: string }) => drawShareCardFile(card, file));

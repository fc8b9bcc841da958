/**
 * A test hook: `BUILD_FAULT_AFTER=<point>` kills the build (SIGKILL, as a power cut would) right
 * after the named piece of state is written, so tests can prove that the next build recovers.
 * Points: pages (Astro's pages and incremental cache), search-views, search-index,
 * search-record, article-files, sweep.
 */
import { buildFaultAfter } from '../config.ts';

export function faultPoint(point: string): void {
	if (buildFaultAfter === point) process.kill(process.pid, 'SIGKILL');
}

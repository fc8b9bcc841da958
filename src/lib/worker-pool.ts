/**
 * A few worker threads that run one module's handler, so CPU-bound work of a build (drawing share
 * cards) uses every core instead of the one Astro renders on. Jobs queue until a worker is free.
 * Idle workers end after a moment and never keep the process alive. A pool whose workers cannot
 * start (a Node without TypeScript type stripping, a missing file) reports it, and the caller does
 * the work in its own thread instead.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

interface Job {
	message: unknown;
	resolve: (value: unknown) => void;
	reject: (error: Error) => void;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export class WorkerPool<In, Out> {
	private readonly idle: Worker[] = [];
	private readonly busy = new Map<Worker, Job>();
	private readonly queue: Job[] = [];
	private readonly all = new Set<Worker>();
	private idleTimer: NodeJS.Timeout | undefined;
	/** Set when a worker failed to start or crashed: the pool takes no more jobs. */
	broken: Error | undefined;

	private readonly file: URL;
	private readonly size: number;
	private readonly workerData: unknown;
	private readonly resourceLimits: ResourceLimits | undefined;

	/**
	 * `file`: the worker's module, which calls serveJobs(); `size`: at most this many workers, one
	 * per core by default; `workerData`: handed to each worker as it starts; `resourceLimits`:
	 * the workers' heap sizes (node:worker_threads), where the default does not suit the work.
	 */
	constructor(
		file: URL,
		{ size = Math.max(1, availableParallelism()), workerData, resourceLimits }: { size?: number; workerData?: unknown; resourceLimits?: ResourceLimits } = {},
	) {
		this.file = file;
		this.size = size;
		this.workerData = workerData;
		this.resourceLimits = resourceLimits;
	}

	/** Runs a job in a worker; rejects if the pool is broken or the handler throws. */
	run(message: In): Promise<Out> {
		if (this.broken) return Promise.reject(this.broken);
		clearTimeout(this.idleTimer);
		return new Promise<Out>((resolve, reject) => {
			this.queue.push({ message, resolve: resolve as (value: unknown) => void, reject });
			this.next();
		});
	}

	private next(): void {
		while (this.queue.length > 0) {
			const worker = this.idle.pop() ?? (this.all.size < this.size ? this.start() : undefined);
			if (!worker) return;
			const job = this.queue.shift()!;
			this.busy.set(worker, job);
			worker.ref();
			worker.postMessage(job.message);
		}
		if (this.busy.size === 0) {
			// Workers hold fonts and engines: end them once the work is done.
			this.idleTimer = setTimeout(() => this.close(), 1000).unref();
		}
	}

	private start(): Worker {
		const worker = new Worker(this.file, { workerData: this.workerData, resourceLimits: this.resourceLimits });
		this.all.add(worker);
		worker.unref();
		worker.on('message', (reply: Reply) => {
			const job = this.busy.get(worker)!;
			this.busy.delete(worker);
			worker.unref();
			this.idle.push(worker);
			if (reply.ok) job.resolve(reply.value);
			else job.reject(new Error(reply.error));
			this.next();
		});
		worker.on('error', (error) => this.fail(error));
		worker.on('exit', (code) => {
			// A worker the pool ended is no longer in it; any other exit is a crash.
			if (this.all.has(worker)) this.fail(new Error(`worker ${this.file.pathname} exited with code ${code}`));
		});
		return worker;
	}

	private fail(error: Error): void {
		this.broken ??= error;
		for (const job of [...this.busy.values(), ...this.queue.splice(0)]) job.reject(this.broken);
		this.busy.clear();
		void this.close();
	}

	/** Ends every worker; the next job starts new ones. */
	async close(): Promise<void> {
		clearTimeout(this.idleTimer);
		const workers = [...this.all];
		this.all.clear();
		this.idle.length = 0;
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
}

/** In a worker's module: answers each job with the handler's result. */
export function serveJobs<In, Out>(handler: (message: In) => Out | Promise<Out>): void {
	if (isMainThread || !parentPort) throw new Error('serveJobs() runs in a worker thread');
	const port = parentPort;
	port.on('message', (message: In) => {
		Promise.resolve()
			.then(() => handler(message))
			.then(
				(value) => port.postMessage({ ok: true, value } satisfies Reply),
				(error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply),
			);
	});
}

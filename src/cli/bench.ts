/**
 * Build benchmark: the full site against N synthetic articles, and the same text in a bare
 * Astro 7 + MDX project, in the same run. Prints wall time, time per article, peak memory,
 * output bytes per article page and the ratio to bare Astro, for cold builds (empty caches)
 * and for warm rebuilds (caches kept), each the median of several with the two projects taking
 * turns, the warm ones with nothing changed and with one article edited.
 * Writes nothing under content/; temporary files are removed.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheLayout } from '../config.ts';
import { readBuildReport, type BuildReport } from '../integrations/build-report.ts';
import { bareSite, fullSite, type BenchFiles } from './lib/bench-content.ts';

const usage = `Usage: npm run bench -- [--sizes 100,1000] [--repeat 3] [--quick] [--profile] [--keep]

Builds the full site against N synthetic articles (citations, a claim, a table, a chart) and
the same text with a bare Astro 7 + MDX project, then prints the figures for each N: cold
builds (empty caches), then warm rebuilds, full and bare taking turns, each reported as the
median of --repeat builds: first with nothing changed, then with one article's text edited
before each build.

Options:
  --sizes <list>   article counts (default: 100,1000)
  --repeat <n>     cold builds and warm builds of each project per size (default: 3)
  --quick          a smoke run: 20 articles, one build of each
  --profile        also CPU-profile the largest warm full build and print where the time goes
  --keep           keep the temporary folder (its path is printed)
  -h, --help       show this help`;

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000' },
		repeat: { type: 'string', default: '3' },
		quick: { type: 'boolean', default: false },
		profile: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log(usage);
	process.exit(0);
}

const root = process.cwd();
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const sizes = values.quick ? [20] : values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected whole numbers, got "${values.sizes}"`);
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat: expected a whole number of at least 1, got "${values.repeat}"`);

async function writeFiles(dir: string, files: BenchFiles): Promise<void> {
	for (const [path, content] of Object.entries(files)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), content);
	}
}

/** Sum of resident memory of a process and its descendants, from /proc (Linux). */
async function treeRss(pid: number): Promise<number> {
	const children = new Map<number, number[]>();
	let total = 0;
	for (const name of await readdir('/proc').catch(() => [] as string[])) {
		if (!/^\d+$/.test(name)) continue;
		const status = await readFile(`/proc/${name}/status`, 'utf8').catch(() => '');
		const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
		(children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(Number(name));
	}
	const stack = [pid];
	while (stack.length > 0) {
		const current = stack.pop()!;
		const status = await readFile(`/proc/${current}/status`, 'utf8').catch(() => '');
		total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
		stack.push(...(children.get(current) ?? []));
	}
	return total;
}

interface Run {
	seconds: number;
	peakBytes: number;
	/** The full site's build report; bare Astro writes none. */
	report?: BuildReport | undefined;
}

async function build(cwd: string, env: Record<string, string>, extraNodeArgs: string[] = []): Promise<Run> {
	const started = performance.now();
	const child = spawn(process.execPath, [...extraNodeArgs, astroBin, 'build'], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
	let peakBytes = 0;
	const sampler = setInterval(() => {
		void treeRss(child.pid!).then((rss) => (peakBytes = Math.max(peakBytes, rss)));
	}, 100);
	const code = await new Promise<number>((done) => child.on('close', (exitCode) => done(exitCode ?? 1)));
	clearInterval(sampler);
	if (code !== 0) throw new Error(`build in ${cwd} failed (exit ${code}):\n${log.slice(-4000)}`);
	const report = env['CACHE_DIR'] ? await readBuildReport(cacheLayout(env['CACHE_DIR']).astro) : undefined;
	return { seconds: (performance.now() - started) / 1000, peakBytes, report };
}

async function averagePageBytes(dir: string, pattern: RegExp): Promise<number> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries.filter((entry) => entry.isFile() && entry.name === 'index.html' && pattern.test(join(entry.parentPath, entry.name)));
	let total = 0;
	for (const file of files) total += (await stat(join(file.parentPath, file.name))).size;
	return files.length === 0 ? 0 : total / files.length;
}

/** The build's phases, from its build report (src/integrations/build-report.ts). */
function phases(report: BuildReport | undefined): string {
	if (!report) return 'no build report';
	const { phases: time, pages, articleFiles, searchIndex } = report;
	const found = [
		`setup and content ${time.setup.toFixed(1)} s`,
		`bundling ${time.bundling.toFixed(1)} s`,
		`rendering pages and files ${time.rendering.toFixed(1)} s`,
		`after the pages ${time.finishing.toFixed(1)} s`,
	];
	// The two are written side by side: each time runs from the same start.
	if (articleFiles && searchIndex)
		found.push(
			`side by side: share cards and citation files done in ${articleFiles.seconds.toFixed(1)} s, search index${searchIndex.kept ? ' (kept)' : ''} in ${searchIndex.seconds.toFixed(1)} s`,
		);
	if (pages.kept > 0) found.push(`pages kept from the last build ${pages.kept}`);
	return found.join(', ');
}

interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string } }[];
	samples: number[];
	timeDeltas: number[];
}

/** Self time by package (or project folder) from a V8 CPU profile. */
function profileSummary(profile: CpuProfile): string[] {
	const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
	const totals = new Map<string, number>();
	profile.samples.forEach((id, index) => {
		const url = byNode.get(id)?.callFrame.url ?? '';
		const pkg =
			/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
			(url.includes('/src/')
				? `project ${/\/src\/([^/]+)/.exec(url)?.[1]}`
				: url.startsWith('node:')
					? 'node internals'
					: url === ''
						? '(native, GC, idle)'
						: 'other');
		totals.set(pkg, (totals.get(pkg) ?? 0) + (profile.timeDeltas[index] ?? 0));
	});
	const all = [...totals.values()].reduce((a, b) => a + b, 0);
	return [...totals]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 10)
		.map(([name, micros]) => `  ${name.padEnd(36)} ${(micros / 1e6).toFixed(2)} s  ${((micros / all) * 100).toFixed(1)}%`);
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const work = await mkdtemp(join(tmpdir(), 'mnf-bench-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
	`Benchmark in ${work} (${sizes.join(', ')} articles; ${values.quick ? 'quick: one build each' : `${repeat} cold and ${repeat} warm builds of each project`})`,
);
try {
	for (const n of sizes) {
		const dir = join(work, `n${n}`);
		await writeFiles(join(dir, 'content'), fullSite(n));
		await writeFiles(join(dir, 'bare'), bareSite(n));
		await symlink(join(root, 'node_modules'), join(dir, 'bare', 'node_modules'), 'dir');
		const fullEnv = {
			CONTENT_DIR: join(dir, 'content'),
			OUT_DIR: join(dir, 'out-full'),
			// Every cache of the full site, under one root (src/config.ts).
			CACHE_DIR: join(dir, 'cache-full'),
		};
		const fullPage = () => averagePageBytes(join(dir, 'out-full', 'articles'), /bench-/);
		const barePage = () => averagePageBytes(join(dir, 'bare', 'dist'), /bench-/);
		const report = async (label: string, full: Run[], bare: Run[]) => {
			const fullTime = median(full.map((run) => run.seconds));
			const bareTime = median(bare.map((run) => run.seconds));
			const spread = (runs: Run[]) => (runs.length > 1 ? `  (${runs.map((run) => run.seconds.toFixed(1)).join(', ')})` : '');
			const line = (name: string, seconds: number, runs: Run[], page: number) =>
				`  ${name.padEnd(10)} ${seconds.toFixed(1).padStart(7)} s  ${((seconds / n) * 1000).toFixed(1).padStart(6)} ms/article  peak ${mb(Math.max(...runs.map((run) => run.peakBytes))).padStart(7)}  ${kb(page).padStart(8)}/article page${spread(runs)}`;
			console.log(`\nN = ${n}, ${label}`);
			console.log(line('full site', fullTime, full, await fullPage()));
			console.log(line('bare Astro', bareTime, bare, await barePage()));
			console.log(`  ratio full/bare per article: ${(fullTime / bareTime).toFixed(2)}`);
			console.log(`  full-site phases (last build): ${phases(full.at(-1)!.report)}`);
		};
		{
			// Cold builds, as many as warm ones, the two projects taking turns: a single cold build
			// on this machine can land anywhere in a range of a quarter or more.
			const full: Run[] = [];
			const bare: Run[] = [];
			for (let i = 0; i < (values.quick ? 1 : repeat); i++) {
				if (i > 0) {
					// The last cold build's output and caches are moved aside, not deleted: deleting
					// thousands of files slows the file system's next writes (see the README's benchmark
					// section), which the next build would pay for. They go with the temporary folder.
					for (const path of [fullEnv.OUT_DIR, fullEnv.CACHE_DIR, ...['dist', '.astro-cache', '.astro'].map((name) => join(dir, 'bare', name))]) {
						await rename(path, `${path}-cold-${i}`).catch((error: NodeJS.ErrnoException) => {
							if (error.code !== 'ENOENT') throw error;
						});
					}
				}
				full.push(await build(root, fullEnv));
				bare.push(await build(join(dir, 'bare'), {}));
			}
			await report(values.quick ? 'one build each (cold caches)' : `cold build (empty caches), median of ${repeat}`, full, bare);
		}
		if (!values.quick) {
			const warm = async (label: string, edit?: (run: number) => Promise<void>) => {
				const full: Run[] = [];
				const bare: Run[] = [];
				// Taking turns spreads the machine's slow moments over both projects.
				for (let i = 0; i < repeat; i++) {
					await edit?.(i);
					full.push(await build(root, fullEnv));
					bare.push(await build(join(dir, 'bare'), {}));
				}
				await report(`${label}, median of ${repeat}`, full, bare);
			};
			await warm('warm rebuild (caches kept), nothing changed');
			// The usual edit: one article's text, in both projects alike.
			await warm('warm rebuild, one article’s text edited', async (run) => {
				// Words only: a sentence with a figure in it would need a citation, and fail the build.
				const sentence = `\nA sentence added in an edit${' again'.repeat(run)}.\n`;
				await appendFile(join(dir, 'content', 'articles', 'bench-0.mdx'), sentence);
				await appendFile(join(dir, 'bare', 'content', 'articles', 'bench-0.mdx'), sentence);
			});
		}
		if (values.profile && n === Math.max(...sizes)) {
			const profileDir = join(dir, 'profile');
			await build(root, fullEnv, [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`]);
			const [file] = (await readdir(profileDir)).filter((name) => name.endsWith('.cpuprofile'));
			if (file) {
				console.log(`\nWhere the time goes (warm full build, N = ${n}, self time by package):`);
				console.log(profileSummary(JSON.parse(await readFile(join(profileDir, file), 'utf8')) as CpuProfile).join('\n'));
			}
		}
	}
} finally {
	if (values.keep) console.log(`\nKept ${work}`);
	else await rm(work, { recursive: true, force: true });
}

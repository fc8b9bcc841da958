/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Projects: pure logic (`unit`), Astro components rendered with the Container API
 * (`components`, node environment as Astro requires), real builds of broken fixture content
 * (`build`), and browser tests against the built site in system Chromium (`e2e`, after
 * `npm run build`).
 */
export default getViteConfig({
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{ extends: true, test: { name: 'components', include: ['tests/components/**/*.astro.test.ts'], environment: 'node' } },
			{
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 180_000 },
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/postbuild/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});

/**
 * Stops a production build for a real site address that has no public contact for reporting
 * errors (SITE_CONTACT). Development, `astro check` and builds for the placeholder address go
 * ahead; their pages say that no address is published yet. The rule is in src/lib/contact.ts.
 */
import type { AstroIntegration } from 'astro';
import { missingContactProblem, type Contact } from '../lib/contact.ts';

export function requireContact(options: { contact: Contact | undefined }): AstroIntegration {
	let command = '';
	return {
		name: 'require-contact',
		hooks: {
			'astro:config:setup': (setup) => {
				command = setup.command;
			},
			'astro:config:done': ({ config }) => {
				const problem = missingContactProblem({ command, site: config.site, contact: options.contact });
				if (problem) throw new Error(problem);
			},
		},
	};
}

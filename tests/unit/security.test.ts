import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security.ts';

const headers = readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8');
const header = (name: string) => new RegExp(`^\\s+${name}: (.+)$`, 'm').exec(headers)?.[1];

describe('security headers', () => {
	it('the header CSP is the meta CSP plus frame-ancestors', () => {
		expect(header('Content-Security-Policy')).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
	});
	it('allows no inline script or style and nothing from other origins', () => {
		expect(contentSecurityPolicy).not.toMatch(/'unsafe-(inline|eval)'|https?:|\*/);
		expect(contentSecurityPolicy).toMatch(/script-src 'self'/);
	});
	it('sends the other security headers', () => {
		expect(header('Strict-Transport-Security')).toMatch(/max-age=\d{8,}/);
		expect(header('X-Content-Type-Options')).toBe('nosniff');
		expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
		expect(header('Permissions-Policy')).toMatch(/camera=\(\)/);
	});
});

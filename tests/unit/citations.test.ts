import { describe, expect, it } from 'vitest';
import { backlinkLabel, buildCitationPlan, parseCiteIds, refId } from '../../src/lib/citations.ts';
import { markersFor } from '../../src/lib/markers.ts';

describe('buildCitationPlan', () => {
	const plan = buildCitationPlan([
		{ occurrence: 0, sourceIds: ['b'] },
		{ occurrence: 1, sourceIds: ['a', 'b'], locator: undefined },
		{ occurrence: 2, sourceIds: ['c'], locator: 'table 2' },
		{ occurrence: 3, sourceIds: ['a'] },
	]);

	it('numbers sources in order of first use', () => {
		expect(plan.order).toEqual(['b', 'a', 'c']);
		expect(plan.refsByOccurrence.map((refs) => refs.map((ref) => ref.number))).toEqual([[1], [2, 1], [3], [2]]);
	});
	it('gives every marker a unique id and lists them as back-links', () => {
		expect(plan.backlinks).toEqual({
			b: ['cite-0-0', 'cite-1-1'],
			a: ['cite-1-0', 'cite-3-0'],
			c: ['cite-2-0'],
		});
		const ids = plan.refsByOccurrence.flat().map((ref) => ref.refId);
		expect(new Set(ids).size).toBe(ids.length);
	});
	it('keeps the locator on the marker', () => {
		expect(plan.refsByOccurrence[2]?.[0]).toMatchObject({ sourceId: 'c', locator: 'table 2', refId: refId(2, 0) });
	});
	it('refuses elements out of document order', () => {
		expect(() => buildCitationPlan([{ occurrence: 1, sourceIds: ['a'] }])).toThrow(/expected occurrence 0/);
	});
});

describe('markersFor', () => {
	const plan = buildCitationPlan([{ occurrence: 0, sourceIds: ['a', 'b'] }]);
	it('returns the markers of an occurrence', () => {
		expect(markersFor(plan, '0', ['a', 'b'], 'Cite').map((ref) => ref.number)).toEqual([1, 2]);
	});
	it('fails when the renderer and the plan disagree', () => {
		expect(() => markersFor(plan, '0', ['a'], 'Cite')).toThrow(/expected sources \[a\], the plan has \[a, b\]/);
		expect(() => markersFor(plan, undefined, ['a'], 'Cite')).toThrow(/occurrence undefined/);
		expect(() => markersFor(undefined, '0', ['a'], 'Cite')).toThrow(/citation plan is missing/);
	});
});

describe('parseCiteIds and backlinkLabel', () => {
	it('splits on spaces and commas', () => {
		expect(parseCiteIds(' a  b,c ')).toEqual(['a', 'b', 'c']);
	});
	it('labels back-links a…z, then aa', () => {
		expect([0, 1, 25, 26, 27].map(backlinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
	});
});

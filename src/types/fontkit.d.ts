/** fontkit ships no type declarations; the share cards use openSync only. */
declare module 'fontkit' {
	export function openSync(path: string): unknown;
}

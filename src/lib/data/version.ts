/**
 * The data version: a content hash of the data files, so that a result (its `meta.dataVersion`) says which figures
 * it was computed from. 64 bits of FNV-1a (two 32-bit lanes with different offsets) over each file's JSON in the
 * registry's order — an identifier, not a security measure. Computed from the full data set, in Node, by the CLI
 * and by scripts/engine-data.ts, which hands it to the worker beside the trimmed data (whose own hash would differ).
 */
const lane = (text: string, offset: number): number => {
	let h = offset;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
};

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** `data-` and 16 hex digits, from the raw documents keyed by file name (in the order given). */
export function dataVersionOf(raw: Record<string, unknown>): string {
	const text = Object.entries(raw)
		.map(([name, doc]) => `${name}\n${JSON.stringify(doc)}`)
		.join('\n');
	return `data-${hex(lane(text, 0x811c9dc5))}${hex(lane(text, 0x050c5d1f))}`;
}

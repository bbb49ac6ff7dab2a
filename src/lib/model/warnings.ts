/** Messages the engine attaches to its results, bilingual, with the source they rest on where there is one. */
export interface ModelMessage {
	code: string;
	ja: string;
	en: string;
	/** the field (dotted scenario path) the message is about, if any */
	field?: string;
	/** a source id in data/sources.json and its section, when the message cites a rule */
	source?: { id: string; section: string };
}

import { error } from '@sveltejs/kit';
import { buildFileCatalog, buildIndex } from '$lib/data/catalog';
import { loadDataSet } from '$lib/data/load';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per data file, in Japanese and in English. */
export const entries: EntryGenerator = () =>
	buildIndex(loadDataSet()).files.flatMap((f) => [{ file: f.slug }, { lang: 'en', file: f.slug }]);

export const load: PageServerLoad = ({ params }) => {
	const file = buildFileCatalog(loadDataSet(), params.file);
	if (!file) error(404, `no data file "${params.file}"`);
	return { file };
};

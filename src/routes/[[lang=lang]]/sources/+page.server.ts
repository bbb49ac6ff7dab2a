import { buildIndex } from '$lib/data/catalog';
import { loadDataSet } from '$lib/data/load';
import type { PageServerLoad } from './$types';

// Runs at prerender time: a data file that breaks its schema fails the build here.
export const load: PageServerLoad = () => ({ index: buildIndex(loadDataSet()) });

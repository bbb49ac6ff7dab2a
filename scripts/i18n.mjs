// Compiles the UI messages (messages/{ja,en}.json) into typed message functions in src/lib/paraglide/ (git-ignored).
// Run by `npm install` (prepare), `npm run check` and `npm run test:unit`; `vite dev`/`vite build` compile through the
// Vite plugin with the same options. Works offline: the inlang plugin is loaded from node_modules.
import { compile } from '@inlang/paraglide-js';
import options from './paraglide-options.js';

await compile({ project: './project.inlang', ...options });

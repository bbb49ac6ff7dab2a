/**
 * ec-tco command line: npm run cli -- <command>
 *   evaluate <scenario.json> [--trials N] [--seed S] [--format json|csv|md]
 *   defaults        the default scenario (JSON)
 *   schema          the scenario's JSON Schema
 * Exit codes: 0 done, 2 bad usage or bad input (every bad field named). No stack trace reaches a user.
 */
import { readFileSync } from 'node:fs';
import { DataError } from '../lib/data/errors';
import { loadDataSet } from '../lib/data/load';
import { defaultScenario } from '../lib/model/defaults';
import { analyse } from '../lib/model/analyse';
import { vendorSpecification } from '../lib/model/compliance/vendor-spec';
import { vulnReadiness } from '../lib/model/compliance/vuln-readiness';
import { formatProblems, parseScenario } from '../lib/model/parse';
import { scenarioSchemaWithDefaults } from '../lib/model/schema-export';
import { toCsv, toMarkdown } from './report';

const USAGE = `使い方 / usage:
  npm run cli -- evaluate <scenario.json> [--trials N] [--seed S] [--format json|csv|md]
  npm run cli -- vendor-spec <scenario.json> [--format md|txt]     外部委託分のセキュリティ要件仕様書
  npm run cli -- vuln-checklist <scenario.json> [--format md|txt]  脆弱性対応チェックリスト（付録）
  npm run cli -- defaults
  npm run cli -- schema`;

class UsageError extends Error {}

function options(args: string[]) {
	const rest: string[] = [];
	const opts: Record<string, string> = {};
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a.startsWith('--')) {
			const [key, inline] = a.slice(2).split('=');
			const value = inline ?? args[++i];
			if (!key || value === undefined) throw new UsageError(`option ${a} needs a value`);
			if (!['trials', 'seed', 'format'].includes(key)) throw new UsageError(`unknown option --${key}`);
			opts[key] = value;
		} else rest.push(a);
	}
	return { rest, opts };
}

function integer(name: string, text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	if (!/^\d+$/.test(text)) throw new UsageError(`--${name} expects a whole number, given "${text}"`);
	return Number(text);
}

function run(argv: string[]): number {
	const [command, ...args] = argv;
	const data = loadDataSet();
	if (command === 'defaults') {
		process.stdout.write(JSON.stringify(defaultScenario(data), null, 2) + '\n');
		return 0;
	}
	if (command === 'schema') {
		process.stdout.write(JSON.stringify(scenarioSchemaWithDefaults(data), null, 2) + '\n');
		return 0;
	}
	const task: string | undefined = command;
	const documents = task === 'vendor-spec' || task === 'vuln-checklist';
	if (task !== 'evaluate' && !documents) {
		throw new UsageError(task ? `unknown command "${task}"` : 'no command given');
	}
	const { rest, opts } = options(args);
	if (rest.length !== 1) throw new UsageError(`${task} takes exactly one scenario file`);
	const format = opts.format ?? (documents ? 'md' : 'json');
	const formats = documents ? ['md', 'txt'] : ['json', 'csv', 'md'];
	if (!formats.includes(format))
		throw new UsageError(`--format expects ${formats.join(', ')}, given "${format}"`);
	const file = rest[0]!;
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		process.stderr.write(`シナリオファイルを読めません / cannot read the scenario file: ${file}\n`);
		return 2;
	}
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch (e) {
		process.stderr.write(`JSON として読めません / not valid JSON: ${file}: ${(e as Error).message}\n`);
		return 2;
	}
	const trials = integer('trials', opts.trials);
	const seed = integer('seed', opts.seed);
	if (trials !== undefined || seed !== undefined) {
		const obj = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
		const sim = { ...((obj.simulation as object) ?? {}) } as Record<string, unknown>;
		if (trials !== undefined) sim.trials = trials;
		if (seed !== undefined) sim.seed = seed;
		input = { ...obj, simulation: sim };
	}
	const parsed = parseScenario(input, data);
	if (!parsed.ok) {
		process.stderr.write(
			`シナリオに不正な値があります / the scenario has invalid fields (${file}):\n${formatProblems(parsed.problems, 'ja')}\n${formatProblems(parsed.problems, 'en')}\n`
		);
		return 2;
	}
	if (task === 'vendor-spec') {
		const spec = vendorSpecification(data, parsed.scenario);
		process.stdout.write((format === 'txt' ? spec.text : spec.markdown) + '\n');
		return 0;
	}
	if (task === 'vuln-checklist') {
		const v = vulnReadiness(data, parsed.scenario.posture.vulnResponseTicks);
		process.stdout.write((format === 'txt' ? v.text : v.markdown) + '\n');
		return 0;
	}
	const results = analyse(data, parsed.scenario);
	const output =
		format === 'csv'
			? toCsv(results)
			: format === 'md'
				? toMarkdown(results, parsed.scenario)
				: JSON.stringify({ scenario: parsed.scenario, results }, null, 2) + '\n';
	process.stdout.write(output);
	return 0;
}

try {
	process.exitCode = run(process.argv.slice(2));
} catch (e) {
	if (e instanceof UsageError) {
		process.stderr.write(`${e.message}\n\n${USAGE}\n`);
		process.exitCode = 2;
	} else if (e instanceof DataError) {
		process.stderr.write(`${e.message}\n`);
		process.exitCode = 1;
	} else {
		process.stderr.write(`内部エラー / internal error: ${(e as Error).message}\n`);
		process.exitCode = 1;
	}
}

/**
 * ec-tco command line: npm run cli -- <command>
 *   evaluate <scenario.json> [--trials N] [--seed S] [--format json|csv|md]
 *   vendor-spec / vuln-checklist <scenario.json> [--format md|txt]
 *   migrate <scenario.json>   the file converted to the current scenario format (still partial, as written)
 *   defaults        the default scenario (JSON)
 *   schema          the scenario's JSON Schema
 * Exit codes: 0 done, 2 bad usage or bad input (every bad field named, in Japanese then English, at most
 * LIMITS.problemsShown per language), 1 a broken data/ or an internal error. No stack trace reaches a user.
 * A scenario file may start with a UTF-8 BOM; it must hold a JSON object. Notes on a converted older file go to
 * stderr, the results to stdout.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DataError } from '../lib/data/errors';
import { dataVersion, loadDataSet } from '../lib/data/load';
import { createEngine, scenarioSchemaWithDefaults, type ParseResult } from '../lib/model';
import { vendorSpecDocument, vulnReadinessDocument } from '../lib/export/documents';
import { formatProblems, noteText } from '../lib/export/problems';
import { toCsv, toMarkdown } from '../lib/export/report';

const USAGE = `使い方 / usage:
  npm run cli -- evaluate <scenario.json> [--trials N] [--seed S] [--format json|csv|md]
      比較結果 / the comparison
  npm run cli -- vendor-spec <scenario.json> [--format md|txt]
      外部委託分のセキュリティ要件仕様書 / security requirements for the vendor contract
  npm run cli -- vuln-checklist <scenario.json> [--format md|txt]
      脆弱性対応チェックリスト（付録） / vulnerability-response checklist (appendix)
  npm run cli -- migrate <scenario.json>
      古い形式のシナリオを新しい形式に変換 / an older scenario file in the current format
  npm run cli -- defaults     既定のシナリオ / the default scenario
  npm run cli -- schema       シナリオの JSON Schema / the scenario's JSON Schema`;

/** Bad usage, worded in both languages. */
class UsageError extends Error {
	constructor(ja: string, en: string) {
		super(`${ja} / ${en}`);
	}
}

function options(args: string[]) {
	const rest: string[] = [];
	const opts: Record<string, string> = {};
	for (let i = 0; i < args.length; i++) {
		const a = args[i]!;
		if (a.startsWith('--')) {
			const [key, inline] = a.slice(2).split('=');
			const value = inline ?? args[++i];
			if (!key || value === undefined)
				throw new UsageError(`${a} には値が必要です`, `option ${a} needs a value`);
			if (!['trials', 'seed', 'format'].includes(key))
				throw new UsageError(`--${key} という指定はありません`, `unknown option --${key}`);
			opts[key] = value;
		} else rest.push(a);
	}
	return { rest, opts };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function integer(name: string, text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	if (!/^\d+$/.test(text))
		throw new UsageError(
			`--${name} には整数を指定してください（指定: "${text}"）`,
			`--${name} expects a whole number, given "${text}"`
		);
	return Number(text);
}

function run(argv: string[], io: Io): number {
	const [command, ...args] = argv;
	const data = loadDataSet();
	const engine = createEngine(data, { dataVersion: dataVersion() });
	if (command === 'defaults') {
		io.out(JSON.stringify(engine.defaults(), null, 2) + '\n');
		return 0;
	}
	if (command === 'schema') {
		io.out(JSON.stringify(scenarioSchemaWithDefaults(data), null, 2) + '\n');
		return 0;
	}
	const task: string | undefined = command;
	const documents = task === 'vendor-spec' || task === 'vuln-checklist';
	if (task !== 'evaluate' && task !== 'migrate' && !documents) {
		throw task
			? new UsageError(`"${task}" というコマンドはありません`, `unknown command "${task}"`)
			: new UsageError('コマンドが指定されていません', 'no command given');
	}
	const { rest, opts } = options(args);
	if (rest.length !== 1)
		throw new UsageError(
			`${task} にはシナリオファイルを一つだけ指定してください`,
			`${task} takes exactly one scenario file`
		);
	const format = opts.format ?? (documents ? 'md' : 'json');
	const formats = documents ? ['md', 'txt'] : task === 'migrate' ? ['json'] : ['json', 'csv', 'md'];
	if (!formats.includes(format))
		throw new UsageError(
			`--format は ${formats.join('・')} のいずれかです（指定: "${format}"）`,
			`--format expects ${formats.join(', ')}, given "${format}"`
		);
	const file = rest[0]!;
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		io.err(`シナリオファイルを読めません / cannot read the scenario file: ${short(file, 300)}\n`);
		return 2;
	}
	let input: unknown;
	try {
		// A UTF-8 BOM (as some Windows editors write) is not part of the JSON.
		input = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		io.err(
			`JSON として読めません / not valid JSON: ${short(file, 300)}: ${short((e as Error).message, 300)}\n`
		);
		return 2;
	}
	const trials = integer('trials', opts.trials);
	const seed = integer('seed', opts.seed);
	// The options override the file's simulation settings; a file that is not an object (or whose simulation is
	// not one) is left as it is, so that the parser reports it instead of running something else.
	if ((trials !== undefined || seed !== undefined) && isPlainObject(input)) {
		const given = input.simulation;
		if (given === undefined || isPlainObject(given)) {
			const sim: Record<string, unknown> = { ...given };
			if (trials !== undefined) sim.trials = trials;
			if (seed !== undefined) sim.seed = seed;
			input = { ...input, simulation: sim };
		}
	}
	const parsed: ParseResult = engine.parse(input);
	if (!parsed.ok) {
		io.err(
			`シナリオに不正な値があります / the scenario has invalid fields (${short(file, 200)}):\n${formatProblems(parsed.problems, 'ja', parsed.more)}\n${formatProblems(parsed.problems, 'en', parsed.more)}\n`
		);
		return 2;
	}
	for (const note of parsed.notes)
		io.err(`注記 / note: ${noteText(note, 'ja')}\n  ${noteText(note, 'en')}\n`);
	if (task === 'migrate') {
		const migrated = engine.migrate(input as Record<string, unknown>);
		io.out(JSON.stringify(migrated!.doc, null, 2) + '\n');
		return 0;
	}
	if (task === 'vendor-spec') {
		const spec = engine.expected(parsed.scenario).vendorSpec;
		io.out(vendorSpecDocument(data, spec, format === 'txt' ? 'txt' : 'md') + '\n');
		return 0;
	}
	if (task === 'vuln-checklist') {
		const v = engine.expected(parsed.scenario).vulnReadiness;
		io.out(vulnReadinessDocument(data, v, format === 'txt' ? 'txt' : 'md') + '\n');
		return 0;
	}
	const results = engine.analyse(parsed.scenario);
	const output =
		format === 'csv'
			? toCsv(results)
			: format === 'md'
				? toMarkdown(results, parsed.scenario, data)
				: JSON.stringify({ scenario: parsed.scenario, results }, null, 2) + '\n';
	io.out(output);
	return 0;
}

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface Io {
	out(text: string): void;
	err(text: string): void;
}

const processIo: Io = {
	out: (text) => void process.stdout.write(text),
	err: (text) => void process.stderr.write(text)
};

/** Runs one command line; returns the exit code. Never throws. */
export function main(argv: string[], io: Io = processIo): number {
	try {
		return run(argv, io);
	} catch (e) {
		if (e instanceof UsageError) {
			io.err(`${short(e.message, 300)}\n\n${USAGE}\n`);
			return 2;
		}
		if (e instanceof DataError) {
			io.err(`${e.message}\n`);
			return 1;
		}
		io.err(`内部エラー / internal error: ${short(String((e as Error)?.message ?? e), 500)}\n`);
		return 1;
	}
}

function invokedDirectly(): boolean {
	try {
		return !!process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
	} catch {
		return false;
	}
}

if (invokedDirectly()) process.exitCode = main(process.argv.slice(2));

// Finds the Chromium that Playwright drives (Playwright's own browser download is not possible on the build
// machines). Order: $CHROMIUM_PATH, then /usr/bin/chromium; when missing and running as root on Debian/Ubuntu,
// installs Debian's `chromium` with apt; otherwise exits with a message saying how to install it.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function fail(message) {
	console.error(`\n[e2e] ${message}\n`);
	process.exit(1);
}

export function findChromium() {
	const override = process.env.CHROMIUM_PATH;
	if (override) {
		if (executable(override)) return override;
		fail(`CHROMIUM_PATH is set to "${override}", which is not an executable file.`);
	}
	if (executable(DEFAULT_PATH)) return DEFAULT_PATH;

	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log('[e2e] Chromium not found: installing Debian package "chromium" with apt-get …');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
			const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
			if (r.status !== 0) fail(`"apt-get ${args.join(' ')}" failed (exit ${r.status}).`);
		}
		if (executable(DEFAULT_PATH)) return DEFAULT_PATH;
		fail(`apt-get installed chromium, but ${DEFAULT_PATH} is still missing.`);
	}
	fail(
		'Chromium was not found. End-to-end tests need a system Chromium:\n' +
			'  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
			'  elsewhere:      install Chromium and set CHROMIUM_PATH=/path/to/chromium\n' +
			'(Playwright cannot download its own browser here; e2e is never skipped.)'
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const path = findChromium();
	console.log(path);
	try {
		console.log(execFileSync(path, ['--version'], { encoding: 'utf8' }).trim());
	} catch {
		/* version is informational only */
	}
}

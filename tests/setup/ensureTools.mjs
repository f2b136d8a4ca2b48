// Runs before `npm test`: makes sure the programs the tests drive exist. Chromium (for browser mode and the
// end-to-end tests; Debian's headless shell when there is none, see chromiumPath.mjs), and the toolchains that run
// generated snippets and cross-check dialects: python3 with requests, php with curl, Go, a JDK (17+, for HexFormat
// and the single-file launcher) and Ruby. On Debian as root it installs what is missing with apt-get, quietly;
// anywhere else it prints the one command to run and stops, because a test run must never download a browser build
// or a toolchain of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromiumPath.mjs';

const missing = [];
if (!findChromium()) missing.push('chromium-headless-shell');
if (!works('php', ['-r', 'exit(function_exists("curl_init") ? 0 : 1);'])) missing.push('php-cli', 'php-curl');
if (!works('python3', ['-c', 'import requests'])) missing.push('python3-requests');
if (!works('curl', ['--version'])) missing.push('curl');
if (!works('go', ['version'])) missing.push('golang-go');
if (!works('javac', ['-version']) || javaMajor() < 17) missing.push('default-jdk-headless');
if (!works('ruby', ['-ropenssl', '-rnet/http', '-e', 'exit 0'])) missing.push('ruby');

if (missing.length === 0) process.exit(0);

const command = `apt-get update -qq && apt-get install -y -qq ${missing.join(' ')}`;
const isRootOnDebian = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!isRootOnDebian) {
  console.error(`The tests need: ${missing.join(', ')}. Install them, e.g.:\n  sudo ${command}\n` +
    'or set CHROME_PATH to an existing Chromium or Chrome binary.');
  process.exit(1);
}
console.log(`Installing test prerequisites: ${missing.join(', ')}`);
execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command} >/dev/null`], { stdio: ['ignore', 'inherit', 'inherit'] });

function works(program, args) {
  return spawnSync(program, args, { stdio: 'ignore' }).status === 0;
}

/** The JDK's feature version (17 for "17.0.15"), from `java -version`, which writes to stderr; 0 when unknown. */
function javaMajor() {
  const { stderr } = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(?:1\.)?(\d+)/.exec(stderr ?? '');
  return match ? Number(match[1]) : 0;
}

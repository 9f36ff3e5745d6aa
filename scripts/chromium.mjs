// Finds (or, on a fresh Debian machine where we are root, installs) the Chromium that browser tests,
// Storybook story tests, the benchmark and the end-to-end test run in. Browser downloads are not
// possible here (see CONTRIBUTING.md), so we use the system Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags Chromium needs on this kind of machine (root, no GPU, closed network). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function which(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = result.stdout.trim();
  return result.status === 0 && path ? path : null;
}

/** The path of a usable Chromium, or null. `CHROMIUM_PATH` wins when it is set. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of candidates) {
    const path = which(name);
    if (path) return path;
  }
  return null;
}

/** Finds Chromium, installing Debian's package when possible; throws a clear error otherwise. */
export function ensureChromium({ log = console.error } = {}) {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    log('Chromium not found: installing Debian package "chromium" (apt-get)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      log(`apt-get failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'Chromium is required for the browser tests but was not found.\n' +
      'Install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  );
}

/** The font families the visual tests name, and the Debian package that has them. */
const FONTS = { family: 'DejaVu Sans', debianPackage: 'fonts-dejavu-core' };

/**
 * Makes sure the visual tests' font is installed (installing Debian's package as root when it is
 * missing): without it Chromium falls back to another font and every screenshot differs.
 */
export function ensureFonts({ log = console.error } = {}) {
  const has = () =>
    spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' }).stdout?.includes(FONTS.family) ?? false;
  if (has()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    log(`Font "${FONTS.family}" not found: installing Debian package "${FONTS.debianPackage}" (apt-get)…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', FONTS.debianPackage], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      log(`apt-get failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (has()) return;
  }
  log(
    `Font "${FONTS.family}" is missing: the visual tests will fail. Install ${FONTS.debianPackage} (Debian) or the DejaVu fonts.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

// Finds the Firefox binary the browser tests also run in: FIREFOX_PATH first, then the usual
// install locations (Debian's `firefox-esr` first). Puppeteer drives it over WebDriver BiDi.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`FIREFOX_PATH is set to "${fromEnv}", but no file exists there.`);
    }
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Firefox found. Install one (Debian: `apt-get install -y firefox-esr`) ' +
        'or set FIREFOX_PATH to its executable.',
    );
  }
  return found;
}

/**
 * A web-test-runner command, `emulate-forced-colors`, for the layout test (test/elements/support/layout-run.ts):
 * `executeServerCommand('emulate-forced-colors', { active: true })` turns on the page's
 * `forced-colors: active` (as Windows High Contrast does), `{ active: false }` turns it off. It
 * answers `{ emulated: true }`, or `{ emulated: false, reason }` in a browser puppeteer drives
 * over WebDriver BiDi (our Firefox), which offers no such emulation.
 *
 * `emulateMedia({ forcedColors: 'active' })` of @web/test-runner-commands passes `forcedColors` to
 * Playwright only: with the Chrome launcher (puppeteer) it is dropped and nothing changes. Its
 * plugin runs before ours, so the command has a name of its own. Puppeteer replaces every emulated
 * media feature at once, so this also ends any `colorScheme` or `reducedMotion` that
 * `emulateMedia` set on the page.
 */
export function forcedColorsCommand() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-forced-colors needs a puppeteer browser, not ${session.browser.type}.`);
      }
      const page = session.browser.getPage(session.id);
      const protocol = page.browser().protocol;
      if (protocol !== 'cdp') return { emulated: false, reason: `the browser is driven over ${protocol}, which cannot emulate forced colours` };
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return { emulated: true };
    },
  };
}

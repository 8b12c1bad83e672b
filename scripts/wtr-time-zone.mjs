/**
 * A web-test-runner command, `emulate-time-zone`, for the follow-ups' time-zone tests:
 * `executeServerCommand('emulate-time-zone', { zone: 'America/New_York' })` makes the page live in
 * that IANA zone (`Date`, `Intl`, the date-time inputs), `{ zone: null }` gives it back the
 * machine's. It answers `{ emulated: true }`, or `{ emulated: false, reason }` where the browser
 * cannot (puppeteer over WebDriver BiDi, our Firefox, has no such emulation).
 */
export function timeZoneCommand() {
  return {
    name: 'emulate-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-time-zone needs a puppeteer browser, not ${session.browser.type}.`);
      }
      const page = session.browser.getPage(session.id);
      const protocol = page.browser().protocol;
      if (protocol !== 'cdp') return { emulated: false, reason: `the browser is driven over ${protocol}, which cannot emulate a time zone` };
      await page.emulateTimezone(payload?.zone ?? undefined);
      return { emulated: true };
    },
  };
}

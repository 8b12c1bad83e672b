#!/usr/bin/env node
// `crm-check-api <base-url> [--config <module>] [--write] [--json]`: does a backend fit the
// client? A thin wrapper: it parses the arguments, loads the host's adapter module, runs the
// check built into dist/check/ and sets the exit code (0 fits, 1 does not fit, 2 could not run).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const USAGE = `Usage: crm-check-api <base-url> [--config <module>] [--write] [--json]

Checks whether a CRM backend fits @mindbrite/crm-client, with the adapter your app uses.
Reads one small page and one record of each collection, and the statistics; prints field paths,
type names, counts, HTTP statuses and paths, never a record's values.

  <base-url>         the API's base URL, e.g. https://emr.example/api/crm
  --config <module>  an ES module whose default export (or export "adapter") is the CrmAdapter
  --write            also create a test lead, update it, read it back and delete it
  --json             print one JSON report to stdout instead of text (for CI)

The token, when the API needs one, comes from CRM_TOKEN (sent as Authorization: Bearer …).
Exit code: 0 fits (warnings allowed), 1 does not fit, 2 could not run.`;

/** Stops with exit code 2: the check could not run. Says why on stderr, or in the JSON report. */
class CouldNotRun extends Error {}

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        write: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs's messages name the option given, nothing else.
    throw new CouldNotRun(`${error.message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1) throw new CouldNotRun(`Expected one base URL, got ${positionals.length}.\n\n${USAGE}`);
  const [baseUrl] = positionals;
  // Paths are appended to it; a query, a fragment or credentials (CRM_TOKEN carries those) have no place in it.
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new CouldNotRun('The base URL must be an absolute http(s) URL without query, fragment or credentials, e.g. https://emr.example/api/crm');
  }
  return { baseUrl, ...values };
}

/** The host's adapter: the config module's default export, or its export named `adapter`. */
async function loadAdapter(config) {
  if (config === undefined) return undefined;
  let module;
  try {
    module = await import(pathToFileURL(resolve(config)).href);
  } catch (error) {
    // Loading runs before any request, so the message cannot quote a response.
    throw new CouldNotRun(`Cannot load the config module ${config}: ${error.message}`);
  }
  const adapter = module.default ?? module.adapter;
  if (typeof adapter !== 'object' || adapter === null) {
    throw new CouldNotRun(`The config module ${config} exports no adapter object (as its default export or as "adapter").`);
  }
  return adapter;
}

async function loadCheck() {
  try {
    return await import(new URL('../dist/check/check-api.js', import.meta.url).href);
  } catch (error) {
    throw new CouldNotRun(`The check is not built (${error.code ?? error.name}): run the package's build first.`);
  }
}

const json = process.argv.includes('--json');
try {
  const options = readArguments();
  if (options.help) {
    console.log(USAGE);
  } else {
    const adapter = await loadAdapter(options.config);
    const { checkApi, formatReport, CheckCouldNotRun } = await loadCheck();
    const report = await checkApi({ baseUrl: options.baseUrl, token: process.env.CRM_TOKEN || undefined, adapter, write: options.write }).catch(
      (error) => {
        throw error instanceof CheckCouldNotRun ? new CouldNotRun(error.message) : error;
      },
    );
    console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
    process.exitCode = report.fits ? 0 : 1;
  }
} catch (error) {
  // Anything else is a bug of the check or the adapter: named by its class only, as its message
  // could quote a response.
  const message = error instanceof CouldNotRun ? error.message : `The check failed unexpectedly (${error?.name ?? typeof error}).`;
  if (json) console.log(JSON.stringify({ fits: false, error: message }, null, 2));
  else console.error(`crm-check-api: ${message}`);
  process.exitCode = 2;
}

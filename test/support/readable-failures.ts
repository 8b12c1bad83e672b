// Loaded before every browser test file (see `testRunnerHtml` in web-test-runner.config.mjs).
// web-test-runner sends a failed assertion's `actual` and `expected` to Node; a live DOM node there
// never finishes serialising, so the whole file times out after two minutes and the assertion's
// own message is lost. Nodes in those two values are replaced by a short description first.
// Not through @open-wc/testing: importing that before mocha has set up would skip its fixture cleanup.
import { Assertion, AssertionError } from '@esm-bundle/chai';

function describeNode(node: Node): string {
  if (!(node instanceof Element)) return node.nodeName;
  const id = node.id ? `#${node.id}` : '';
  const part = node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : '';
  const text = (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${node.localName}${id}${part}> ${JSON.stringify(text)}`;
}

const readable = (value: unknown): unknown =>
  value instanceof Node ? describeNode(value) : Array.isArray(value) && value.some((item) => item instanceof Node) ? value.map(readable) : value;

type Assert = (this: unknown, ...args: unknown[]) => void;
const prototype = Assertion.prototype as unknown as { assert: Assert };
const assert = prototype.assert;
prototype.assert = function (...args) {
  try {
    assert.apply(this, args);
  } catch (error) {
    if (error instanceof AssertionError) {
      const failure = error as { actual?: unknown; expected?: unknown };
      failure.actual = readable(failure.actual);
      failure.expected = readable(failure.expected);
    }
    throw error;
  }
};

// What a play function needs to act on our elements as a person would: find things inside
// shadow roots, type into native inputs, and wait for a state to appear.
import { expect, waitFor } from 'storybook/test';

/** The story's first `tag` element, once it is in the story (a React host adds it a little later), defined and rendered. */
export async function findElement<Tag extends keyof HTMLElementTagNameMap>(
  canvas: HTMLElement,
  tag: Tag,
): Promise<HTMLElementTagNameMap[Tag]> {
  await customElements.whenDefined(tag);
  const element = await waitFor(() => {
    const found = canvas.querySelector(tag);
    if (!found) throw new Error(`The story has no <${tag}>`);
    return found;
  });
  // Every element of ours is a LitElement; wait for its first render.
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** Waits until `selector` matches inside the element's shadow root, and returns the match. */
export async function findInShadow<Found extends Element = HTMLElement>(
  host: Element,
  selector: string,
  timeout = 5000,
): Promise<Found> {
  return waitFor(
    () => {
      const found = host.shadowRoot?.querySelector<Found>(selector);
      if (!found) throw new Error(`Nothing matches "${selector}" in <${host.localName}> yet`);
      return found;
    },
    { timeout },
  );
}

/** Waits until the element's shadow root shows `text`. */
export async function findText(host: Element, text: string | RegExp, timeout = 5000): Promise<void> {
  await waitFor(() => expect(host.shadowRoot?.textContent ?? '').toMatch(text), { timeout });
}

/** Types into a native input, select or textarea as a user would: focus, value, `input`, `change`. */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

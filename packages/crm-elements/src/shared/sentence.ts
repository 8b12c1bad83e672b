import { html } from 'lit';

/**
 * The sentence `message` makes of `text`, with `text` in a `<bdi>`: a name in Arabic or Hebrew
 * then cannot pull the sentence's own words or punctuation into its direction. Word order stays
 * the message's, so translations keep working.
 * @example
 * html`<p>${sentence(t.deleted, name)}</p>`; // <p><bdi>Jane Doe</bdi> was deleted.</p>
 */
export function sentence(message: (text: string) => string, text: string) {
  const [before, after] = message('\0').split('\0');
  return html`${before}<bdi>${text}</bdi>${after}`;
}

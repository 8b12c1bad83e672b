// The pseudo-locale `en-XA`: English with every letter accented, about 35% longer, in ⟦brackets⟧.
// Tests and Storybook switch it on to find text that does not go through the localiser (it stays
// plain) and layouts that clip or overflow longer languages. Never shipped to users as a language.
import { english } from '../english.js';
import type { CrmMessages } from '../types.js';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'áƀçðéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'];
const PADDING = 'ŀóŕéɱ íþšúɱ ðóĺóŕ šíţ áɱéţ çóñšéçţéţúŕ áðíþíšçíñĝ éĺíţ';

/** Opens and closes every pseudo-localised text: what a test looks for. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** `text` accented and lengthened by about 35% (in words, so it still wraps), in brackets. */
function pseudoText(text: string): string {
  if (!text) return text;
  const accented = text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[PLAIN.indexOf(letter)]!);
  const padding = PADDING.slice(0, Math.ceil(text.length * 0.35)).trim();
  return `${PSEUDO_OPEN}${accented}${padding ? ` ${padding}` : ''}${PSEUDO_CLOSE}`;
}

// An argument stands in the message as a mark no accent touches, and comes back unchanged: names,
// numbers and dates are data, not words of ours.
const mark = (index: number) => `\uE000${index}\uE001`;
const MARKS = /\uE000(\d+)\uE001/g;

function pseudo(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (typeof value === 'function') {
    return (...args: unknown[]) =>
      pseudoText(value(...args.map((arg, index) => (typeof arg === 'string' ? mark(index) : arg)))).replace(MARKS, (_, index: string) =>
        String(args[Number(index)]),
      );
  }
  return Object.fromEntries(Object.entries(value as object).map(([key, entry]) => [key, pseudo(entry)]));
}

const messages = pseudo(english) as CrmMessages;
export default messages;

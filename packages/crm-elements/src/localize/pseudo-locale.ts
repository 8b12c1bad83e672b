import { registerCrmLocale } from './translations.js';

/**
 * Switches on the pseudo-locale `en-XA` (English accented, about 35% longer, in ⟦brackets⟧) for
 * elements whose language is `en-XA`: import this module in tests or Storybook to find words that
 * do not go through the localiser and layouts that clip longer languages. Not for users.
 * @example
 * import '@mindbrite/crm-elements/pseudo-locale.js';
 * document.documentElement.lang = 'en-XA';
 */
registerCrmLocale('en-XA', () => import('./locales/en-xa.js'));

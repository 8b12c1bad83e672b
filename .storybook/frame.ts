// The host page around every story: its colour scheme, text direction, language, width and
// brand. The toolbar sets theme, container width, language and direction for every story; a story that is
// about one of them fixes it with `parameters.frame`, and there the story wins over the toolbar
// (the "Dark theme" story stays dark, "Narrow container" stays narrow, whatever the toolbar says).
import type { Decorator } from '@storybook/web-components-vite';
import type { GlobalTypes } from 'storybook/internal/types';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
// The pseudo-locale, for the toolbar's "Pseudo-locale" language: never loaded by a host page.
import '@mindbrite/crm-elements/pseudo-locale.js';

export type FrameTheme = 'light' | 'dark' | 'brand';

/** What a story can fix about its host page. */
export interface FrameParameters {
  theme?: FrameTheme;
  dir?: 'ltr' | 'rtl';
  /** The host's `lang`, which the elements follow for their words, dates, numbers and money. */
  lang?: string;
  /** The width the host gives the widget, e.g. a `280px` sidebar or `1280px`. */
  width?: string;
}

/** A practice's own brand, set only through the public `--crm-*` properties. */
export const brandTheme: Record<string, string> = {
  '--crm-color-primary': '#5b2a86',
  '--crm-color-on-primary': '#ffffff',
  '--crm-color-surface': '#fcfaff',
  '--crm-color-surface-raised': '#f2ecf9',
  '--crm-color-text': '#24133a',
  '--crm-color-text-muted': '#564569',
  '--crm-color-border': '#cbbde0',
  '--crm-color-focus': '#5b2a86',
  '--crm-font-family': "Georgia, 'Times New Roman', serif",
  '--crm-font-size': '0.95rem',
  '--crm-radius': '14px',
  '--crm-spacing': '0.6rem',
};

const schemes: Record<FrameTheme, string> = { light: 'light', dark: 'dark', brand: 'light' };

/** The toolbar's container widths: those the layout checks use, from a narrow sidebar to a wide page. */
const containerWidths = [240, 320, 400, 560, 768, 1024, 1280, 1600];

/** The toolbar's width that leaves the widget the whole canvas. */
const fill = 'fill';

export const frameDecorator: Decorator = (story, { parameters, globals }) => {
  const frame: FrameParameters = parameters.frame ?? {};
  const theme: FrameTheme = frame.theme ?? globals.theme ?? 'light';
  const dir = frame.dir ?? globals.dir ?? 'ltr';
  const lang = frame.lang ?? globals.lang ?? 'en-US';
  const toolbarWidth = globals.width && globals.width !== fill ? globals.width : undefined;
  const style = {
    'color-scheme': schemes[theme],
    // The page behind the widget follows the scheme too, as a host page in dark mode would.
    background: 'Canvas',
    color: 'CanvasText',
    padding: '1rem',
    // The width the host gives the widget: `inline-size` is its content box, inside the padding.
    'inline-size': frame.width ?? toolbarWidth ?? 'auto',
    // A width wider than the canvas gives way to it, padding included.
    'max-inline-size': 'calc(100% - 2rem)',
    ...(theme === 'brand' ? brandTheme : {}),
  };
  return html`<div class="host-page" data-theme=${theme} dir=${dir} lang=${lang} style=${styleMap(style)}>
    ${story()}
  </div>`;
};

/** Toolbar switches for every story: theme, container width, language and direction. */
export const frameGlobalTypes: GlobalTypes = {
  theme: {
    description: 'Host page theme',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
        { value: 'brand', title: 'Custom brand (--crm-*)' },
      ],
      dynamicTitle: true,
    },
  },
  width: {
    description: 'Width the host page gives the widget',
    toolbar: {
      title: 'Container width',
      icon: 'ruler',
      items: [
        { value: fill, title: 'Fill the canvas' },
        ...containerWidths.map((width) => ({ value: `${width}px`, title: `${width} px` })),
      ],
      dynamicTitle: true,
    },
  },
  lang: {
    description: 'Language of the host page, which the widgets speak',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [
        { value: 'en-US', title: 'English' },
        { value: 'es-MX', title: 'Español (es-MX)' },
        { value: 'fr-CA', title: 'Français (fr-CA)' },
        { value: 'en-XA', title: 'Pseudo-locale (en-XA: unlocalised text stays plain)' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
};

export const frameInitialGlobals = { theme: 'light', width: fill, lang: 'en-US', dir: 'ltr' };

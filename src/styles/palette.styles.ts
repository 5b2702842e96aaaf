import { css, unsafeCSS } from 'lit';
import { CATEGORY_COLORS } from '../model/colors.js';

/**
 * The element's colours. Each default is a light and a dark colour, and the element's used `color-scheme`
 * picks one (`light-dark()`). `color-scheme` is inherited, so the element follows the page: a page that
 * declares nothing (or `light`) gets light colours whatever the system prefers, a page that declares `dark`
 * gets dark ones, and one that declares `light dark` gets the reader's preference. `theme="light"` or
 * `theme="dark"` on the element sets its own scheme, and then it paints its own background too, since the
 * page's may be of the other kind. A page's `--event-timeline-*` custom properties win over all of this.
 */

/** Private property, the public one a page may set, light default, dark default. */
export const PALETTE = [
  ['--_text', '--event-timeline-text-color', '#1f2328', '#e6edf3'],
  ['--_muted', '--event-timeline-muted-color', '#57606a', '#9da7b1'],
  ['--_axis', '--event-timeline-axis-color', '#57606a', '#9da7b1'],
  ['--_grid', '--event-timeline-grid-color', '#d8dee4', '#30363d'],
  ['--_mark', '--event-timeline-mark-color', '#56789a', '#8fa9c4'],
  ['--_error', '--event-timeline-error-color', '#a40e26', '#ffb3b8'],
  ['--_error-background', '--event-timeline-error-background', '#fff0f0', '#3b1219'],
  ['--_surface', '--event-timeline-surface', '#ffffff', '#161b22'],
  ['--_focus', '--event-timeline-focus-color', '#0b57d0', '#8ab4f8'],
] as const;

/** The category colours (model/colors.ts), each a private property a page may set through its public one. */
const CATEGORIES = CATEGORY_COLORS.map(([light, dark], i) => [`--_category-${i + 1}`, `--event-timeline-category-${i + 1}`, light, dark] as const);

/** The element's own background under a forced `theme`, light and dark. */
export const THEME_BACKGROUND = ['#ffffff', '#0d1117'] as const;

function declarations(pick: (light: string, dark: string) => string) {
  return unsafeCSS([...PALETTE, ...CATEGORIES].map(([own, page, light, dark]) => `${own}:var(${page},${pick(light, dark)});`).join(''));
}
// Made here, not inside the css literal below: the build's CSS minifier reads a literal up to its first backtick.
const following = declarations((light, dark) => `light-dark(${light},${dark})`);
const lightOnly = declarations((light) => light);
const darkOnly = declarations((_, dark) => dark);
const [lightBackground, darkBackground] = THEME_BACKGROUND.map((color) => unsafeCSS(color));

export const paletteStyles = css`
  :host {
    ${following}
    --_background: var(--event-timeline-background, transparent);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme]) {
    --_background: var(--event-timeline-background, light-dark(${lightBackground}, ${darkBackground}));
  }
  /* A browser without light-dark() (Chromium before 123, Firefox before 120, Safari before 17.5) would
     drop every colour: it gets the light ones, and the dark ones under theme="dark". */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${lightOnly}
    }
    :host([theme='light']) {
      --_background: var(--event-timeline-background, ${lightBackground});
    }
    :host([theme='dark']) {
      ${darkOnly}
      --_background: var(--event-timeline-background, ${darkBackground});
    }
  }
`;

/**
 * Media emulation (colour scheme, reduced motion, print) for tests that run in every engine. Chromium and
 * Firefox emulate through @web/test-runner-commands' emulateMedia(); WebKit's classic WebDriver cannot, so
 * the WebKit run starts with reduced motion preferred (scripts/engines.mjs), and the tests that need any
 * other media are skipped there by name (test/engine.ts).
 */
import { emulateMedia } from '@web/test-runner-commands';
import { driverCan, engine } from './engine.js';

type Media = Parameters<typeof emulateMedia>[0];

/** Why a test that needs media emulation is skipped in WebKit. */
export const NO_MEDIA_EMULATION = 'WebDriver cannot emulate media (colour scheme, motion, print); the WebKit run prefers reduced motion';

/**
 * Makes the page prefer reduced motion, so that zooms and pans are instant. Where the driver cannot
 * emulate media it checks that the browser was started preferring it, and fails the test if not.
 */
export async function preferReducedMotion(): Promise<void> {
  if (driverCan.emulateMedia) {
    await emulateMedia({ reducedMotion: 'reduce' });
    return;
  }
  if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
    throw new Error(`The ${engine} test driver cannot emulate media, and this browser was not started preferring reduced motion (scripts/engines.mjs)`);
  }
}

/** Undoes an emulateMedia() of a test. Where the driver cannot emulate, nothing was emulated to undo. */
export async function undoMediaEmulation(media: Media): Promise<void> {
  if (driverCan.emulateMedia) await emulateMedia(media);
}

/**
 * The style rules of the element's own stylesheets inside `@media` blocks whose condition includes
 * `condition`, as the browser parsed them: what a test can still check where media cannot be emulated.
 */
export function parsedMediaRules(el: Element, condition: string): CSSStyleRule[] {
  const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
  return rules
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
    .flatMap((media) => [...media.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

/** The declarations of the first of `rules` whose selector list names `selector`. */
export function declarationsFor(rules: CSSStyleRule[], selector: string): CSSStyleDeclaration | undefined {
  return rules.find((rule) => rule.selectorText.split(',').some((part) => part.trim() === selector))?.style;
}

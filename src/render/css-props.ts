/**
 * Sets style properties through the CSSOM on every render, the first included. (Lit's styleMap writes a
 * `style` attribute on the first render, which a strict Content-Security-Policy without
 * 'unsafe-inline' blocks.)
 */
import { isServer, noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

class CssProps extends Directive {
  /** What was set last time: a value set again unchanged is not written (each write is a style mutation). */
  private previous = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element: <g ${cssProps({...})}>');
  }

  render(_props: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous.keys()) if (!(name in props)) style.removeProperty(name);
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) {
      if (this.previous.get(name) !== value) style.setProperty(name, value);
      next.set(name, value);
    }
    this.previous = next;
    return noChange;
  }
}

export const cssProps = directive(CssProps);

/**
 * The same properties as a `style` attribute, on a server only: a server renders no directive on an element
 * (cssProps), and a page rendered there must show its colours before any script runs. In the browser this
 * is `nothing`, so a strict Content-Security-Policy still sees no style attribute from the element.
 */
export function serverStyle(props: Readonly<Record<string, string>>): string | typeof nothing {
  return isServer ? Object.entries(props).map(([name, value]) => `${name}:${value}`).join(';') : nothing;
}

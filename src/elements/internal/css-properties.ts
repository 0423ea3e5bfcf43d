// cssProperties(): an element directive that sets custom properties through the CSSOM. Lit's styleMap
// writes the `style` attribute on first render, which a host page whose CSP lacks 'unsafe-inline' in
// style-src blocks (`style-src-attr`); `style.setProperty` is not subject to that directive.
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Custom property names and values; `null` removes the property. */
export type CssProperties = Readonly<Record<`--${string}`, string | null>>;

class CssPropertiesDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs on an element: <div ${cssProperties(...)}>');
  }

  override render(_properties: CssProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [CssProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const applied = new Set<string>();
    for (const [name, value] of Object.entries(properties)) {
      if (value === null) continue;
      style.setProperty(name, value);
      applied.add(name);
    }
    for (const name of this.applied) if (!applied.has(name)) style.removeProperty(name);
    this.applied = applied;
    return noChange;
  }
}

/** Sets `properties` on the element it is bound to, through `element.style.setProperty`. */
export const cssProperties = directive(CssPropertiesDirective);

// axe on an element's fixture wrapper: axe-core refuses a shadow host with role="img" as the context
// root itself ("No elements found for include"), but audits it fine as part of its parent.
import { expect } from '@open-wc/testing';

export async function expectAccessible(el: Element): Promise<void> {
  await expect(el.parentElement ?? el).to.be.accessible();
}

import type { ReactiveControllerHost } from 'lit';
import type { CrmElement } from './crm-element.js';

/**
 * What a module an element loads on demand (a list's actions, the board's moves) may use of it:
 * attach controllers, ask for a render, its shadow root for its styles, and its words. No more, so
 * such a module cannot come to depend on the element's insides.
 */
export type ModuleHost = ReactiveControllerHost & Pick<CrmElement, 't'> & { readonly renderRoot: ShadowRoot };

/** `element` as a `ModuleHost`. */
export function moduleHost(element: CrmElement): ModuleHost {
  return {
    addController: (controller) => element.addController(controller),
    removeController: (controller) => element.removeController(controller),
    requestUpdate: () => element.requestUpdate(),
    // A getter, so each read is the element's current update.
    get updateComplete() {
      return element.updateComplete;
    },
    renderRoot: element.renderRoot as ShadowRoot,
    t: (section) => element.t(section),
  };
}

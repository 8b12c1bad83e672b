/**
 * Registers `constructor` as `name` unless that name is taken already, for instance by another copy
 * of this package on the same page. Registering twice never throws.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

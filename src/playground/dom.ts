// A few helpers to build the page's elements. Text always goes in as text nodes, never as HTML, so
// nothing from a descriptor or a rule can become markup.

/** What an element built by h() may contain. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attribute values: true sets an empty attribute, false and undefined leave it out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) append(parent, c);
    return;
  }
  parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : (child as Node));
}

/** An HTML element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) append(element, child);
  return element;
}

/** Replace an element's children. */
export function fill(element: Element, ...children: Child[]): void {
  element.replaceChildren();
  for (const child of children) append(element, child);
}

/** A button that runs `action` when pressed (by mouse, Enter or Space). */
export function button(attributes: Attributes, label: Child, action: (event: MouseEvent) => void): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', action);
  return element;
}

/** The element with this id, which the page's HTML must have. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no element #${id}.`);
  return element as T;
}

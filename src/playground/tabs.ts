import type { View } from './state.js';

/** The tab strip as the page uses it. */
export interface Tabs {
  /** Show this view's panel and mark its tab selected. */
  select(view: View): void;
}

/**
 * The report / network / diff tabs, as the ARIA tabs pattern has them: one tab in the focus order
 * (the selected one), arrow keys, Home and End move between tabs, and choosing one calls `choose`.
 */
export function setUpTabs(list: HTMLElement, choose: (view: View) => void): Tabs {
  const tabs = Array.from(list.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  const viewOf = (tab: HTMLButtonElement): View => tab.dataset.view as View;
  for (const tab of tabs) tab.addEventListener('click', () => choose(viewOf(tab)));
  list.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    tab.focus();
    choose(viewOf(tab));
  });
  return {
    select(view) {
      for (const tab of tabs) {
        const selected = viewOf(tab) === view;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
        document.getElementById(tab.getAttribute('aria-controls')!)!.hidden = !selected;
      }
    },
  };
}

/**
 * Arrow keys between the search box and the results, so a keyboard reader
 * does not have to Tab through every filter to reach what they searched
 * for: Down from the box goes to the first result, Up and Down move between
 * results, Up from the first or Escape goes back to the box. Tab keeps its
 * usual order.
 */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('h2 > a')];

  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });

  list.addEventListener('keydown', (event) => {
    if (!(event.target instanceof HTMLAnchorElement)) return;
    const all = links();
    const at = all.indexOf(event.target);
    if (at < 0) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = all[at + 1];
    else if (event.key === 'ArrowUp') next = at === 0 ? input : all[at - 1];
    else if (event.key === 'Escape') next = input;
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}

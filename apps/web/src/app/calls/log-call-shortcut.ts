/** Shown in the top-bar button's tooltip; `aria-keyshortcuts` uses the second form. */
export const LOG_CALL_SHORTCUT_LABEL = 'Alt+L, or C';
export const LOG_CALL_ARIA_SHORTCUTS = 'Alt+L c';

/** Where a typed "c" is text, not a command. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}

/**
 * Alt+L from anywhere, or a bare "c" when focus is not in a field. Alt+L is matched on the physical key
 * (`code`): on a Mac, Option+L types "¬".
 */
export function isLogCallShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.repeat || event.isComposing) return false;
  if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyL') return true;
  const bare = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
  return bare && event.key.toLowerCase() === 'c' && !isEditable(event.target);
}

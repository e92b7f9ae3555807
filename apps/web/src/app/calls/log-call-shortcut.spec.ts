import { isLogCallShortcut } from './log-call-shortcut';

function press(init: KeyboardEventInit, target: HTMLElement = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('isLogCallShortcut', () => {
  it('answers Alt+L anywhere, by the physical key (Option+L types "¬" on a Mac)', () => {
    expect(isLogCallShortcut(press({ key: '¬', code: 'KeyL', altKey: true }))).toBe(true);
    expect(isLogCallShortcut(press({ key: 'l', code: 'KeyL', altKey: true }, document.createElement('input')))).toBe(true);
    expect(isLogCallShortcut(press({ key: 'l', code: 'KeyL', altKey: true, ctrlKey: true }))).toBe(false);
  });

  it('answers a bare "c" only when focus is not in a field', () => {
    expect(isLogCallShortcut(press({ key: 'c' }))).toBe(true);
    expect(isLogCallShortcut(press({ key: 'c' }, document.createElement('button')))).toBe(true);
    expect(isLogCallShortcut(press({ key: 'c' }, document.createElement('input')))).toBe(false);
    expect(isLogCallShortcut(press({ key: 'c' }, document.createElement('textarea')))).toBe(false);
    expect(isLogCallShortcut(press({ key: 'c', ctrlKey: true }))).toBe(false);
    expect(isLogCallShortcut(press({ key: 'C', shiftKey: true }))).toBe(false);
  });
});

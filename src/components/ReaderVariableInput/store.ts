import { useSyncExternalStore } from 'react';
import { placeholderOf, READER_VARIABLE_NAMES, READER_VARIABLES, type ReaderVariable } from '@site/src/data/reader-variables';

// Same-tab updates; the `storage` event only fires in other tabs.
const CHANGED = 'docker101:reader-variable';
const storageKey = (name: ReaderVariable): string => `docker101.reader.${name}`;

function read(name: ReaderVariable): string {
  try {
    return window.localStorage.getItem(storageKey(name)) ?? '';
  } catch {
    return ''; // Storage disabled: the placeholders stay as written.
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export const isValidValue = (name: ReaderVariable, value: string): boolean => READER_VARIABLES[name].pattern.test(value);

/** Keeps the value in this browser only (localStorage); an empty value forgets it. */
export function writeReaderVariable(name: ReaderVariable, value: string): void {
  try {
    if (value === '') window.localStorage.removeItem(storageKey(name));
    else window.localStorage.setItem(storageKey(name), value);
  } catch {
    // Storage disabled: nothing to keep.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** The stored value; '' on the server and before hydration, so the first render matches the HTML. */
export function useReaderVariable(name: ReaderVariable): string {
  return useSyncExternalStore(subscribe, () => read(name), () => '');
}

/** `text` with every reader variable the reader has set (and that is valid) filled in. */
export function useFilledText(text: string): string {
  // READER_VARIABLE_NAMES is a constant list, so the hooks run in the same order on every render.
  const values = READER_VARIABLE_NAMES.map((name) => [name, useReaderVariable(name)] as const);
  return values.reduce(
    (filled, [name, value]) => (value && isValidValue(name, value) ? filled.replaceAll(placeholderOf(name), value) : filled),
    text,
  );
}

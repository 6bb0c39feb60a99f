import { createStorageSlot, useStorageSlot } from '@docusaurus/theme-common';
import {
  placeholderOf,
  READER_VARIABLE_NAMES,
  READER_VARIABLES,
  type ReaderVariable,
} from '@site/src/data/reader-variables';

// Docusaurus's storage slots keep the value in this browser only (localStorage), tell every component on the
// page when it changes, and fall back to nothing when storage is disabled.
const storageKey = (name: ReaderVariable): string => `docker101.reader.${name}`;

export const isValidValue = (name: ReaderVariable, value: string): boolean =>
  READER_VARIABLES[name].pattern.test(value);

/** Keeps the value in this browser only; an empty value forgets it. */
export function writeReaderVariable(name: ReaderVariable, value: string): void {
  const slot = createStorageSlot(storageKey(name));
  if (value === '') slot.del();
  else slot.set(value);
}

/** The stored value; '' on the server and before hydration, so the first render matches the HTML. */
export function useReaderVariable(name: ReaderVariable): string {
  // biome-ignore lint/correctness/useHookAtTopLevel: a hook itself; useFilledText calls it for a fixed list.
  return useStorageSlot(storageKey(name))[0] ?? '';
}

/** `text` with every reader variable the reader has set (and that is valid) filled in. */
export function useFilledText(text: string): string {
  // READER_VARIABLE_NAMES is a constant list, so the hooks run in the same order on every render.
  // biome-ignore lint/correctness/useHookAtTopLevel: a fixed list, never conditional.
  const values = READER_VARIABLE_NAMES.map((name) => [name, useReaderVariable(name)] as const);
  return values.reduce(
    (filled, [name, value]) =>
      value && isValidValue(name, value) ? filled.replaceAll(placeholderOf(name), value) : filled,
    text,
  );
}

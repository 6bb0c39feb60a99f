import { reconcileLedger } from '../engine/cleanup';

/** Leftovers of a killed doc run (Ctrl-C that took a worker down) are removed before and after every run. */
function reconcile(when: string): void {
  try {
    const failures = reconcileLedger(undefined, 'skip');
    if (failures.length > 0) console.warn(`docs cleanup ${when}: could not remove\n${failures.join('\n')}`);
  } catch (error) {
    console.warn(`docs cleanup ${when}: ${(error as Error).message}`);
  }
}

export default function setup(): () => void {
  reconcile('before the run');
  return () => reconcile('after the run');
}

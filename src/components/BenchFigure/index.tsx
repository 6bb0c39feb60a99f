import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import bench from '@site/src/data/bench.json';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

type Locale = 'ko' | 'en';

interface Entry {
  name: string;
  value: number;
  unit: string;
  op?: '<=' | '>=';
  goal?: number;
}

export interface Props {
  /** A figure or fact name in src/data/bench.json, written by `npm run bench`. */
  name: string;
  /** `percent` shows a ratio (unit `x`) as a percentage. */
  as?: 'value' | 'percent';
}

const UNITS: Record<Locale, Record<string, string>> = {
  ko: { s: '초', MB: ' MB', x: '배' },
  en: { s: ' s', MB: ' MB', x: '×' },
};

const entries: readonly Entry[] = [...(bench.figures as Entry[]), ...(bench.facts as Entry[])];

/** Fails the site build, not the reader, when a page names a number the bench does not write. */
function find(name: string): Entry {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`src/data/bench.json has no "${name}"; run npm run bench`);
  return entry;
}

function format(entry: Entry, as: Props['as'], locale: Locale): string {
  if (as === 'percent') return `${Math.round(entry.value * 100)}%`;
  const digits = entry.unit === 'MB' || entry.value >= 100 ? 0 : entry.value >= 10 ? 1 : 2;
  const value = entry.value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${value}${UNITS[locale][entry.unit] ?? ` ${entry.unit}`}`;
}

const asLocale = (locale: string): Locale => (locale === 'en' ? 'en' : 'ko');

/** One number from the last `npm run bench`, as measured: pages never type these numbers themselves. */
export default function BenchFigure({ name, as = 'value' }: Props): ReactNode {
  const locale = asLocale(useDocusaurusContext().i18n.currentLocale);
  const entry = find(name);
  const goal = entry.goal === undefined ? '' : ` (goal ${entry.op} ${entry.goal})`;
  return (
    <span className={styles.figure} title={`npm run bench, ${bench.date.slice(0, 10)}: ${name}${goal}`}>
      {format(entry, as, locale)}
    </span>
  );
}

/** The day the numbers were measured, e.g. 2026-11-28. */
export function BenchDate(): ReactNode {
  return <time dateTime={bench.date}>{bench.date.slice(0, 10)}</time>;
}

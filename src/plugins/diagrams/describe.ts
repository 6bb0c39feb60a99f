import type { Outline } from './render';

interface Words {
  /** The kind of diagram, by mermaid's type name. */
  readonly kinds: Readonly<Record<string, string>>;
  readonly diagram: string;
  readonly group: (title: string, items: string) => string;
}

const WORDS: Readonly<Record<string, Words>> = {
  ko: {
    kinds: { 'flowchart-v2': '흐름도', flowchart: '흐름도', sequence: '시퀀스 다이어그램' },
    diagram: '다이어그램',
    group: (title, items) => `'${title}' 안: ${items}.`,
  },
  en: {
    kinds: { 'flowchart-v2': 'Flowchart', flowchart: 'Flowchart', sequence: 'Sequence diagram' },
    diagram: 'Diagram',
    group: (title, items) => `'${title}' holds ${items}.`,
  },
};

export interface Description {
  readonly title: string;
  readonly description: string;
}

/**
 * What a screen reader says for a diagram: its kind and the section it illustrates (or the author's
 * accTitle), then what it holds and every connection with its label: `from → to (label)`, `from → to: message`.
 */
export function describe(outline: Outline, locale: string, section: string): Description {
  const words = WORDS[locale] ?? WORDS.en;
  const kind = words.kinds[outline.type] ?? words.diagram;
  const title = outline.accTitle || (section ? `${kind}: ${section}` : kind);
  if (outline.accDescr) return { title, description: outline.accDescr };
  const groups = outline.groups.map((g) => words.group(g.title, g.items.join(', ')));
  // A message's text is what it says; an edge's label names the step, in parentheses.
  const label = (text: string): string => (!text ? '' : outline.type === 'sequence' ? `: ${text}` : ` (${text})`);
  const links = outline.links.map((l) => `${l.from} ${l.directed ? '→' : '—'} ${l.to}${label(l.label)}.`);
  const sentences = [...groups, ...links];
  return { title, description: sentences.length > 0 ? sentences.join(' ') : `${outline.labels.join(', ')}.` };
}

import type { Page } from 'playwright-core';

export interface Label {
  readonly text: string;
  readonly contrast: number;
}

export interface NamedDiagram {
  readonly role: string | null;
  /** What a screen reader announces: the title the SVG is labelled by, and the description it is described by. */
  readonly name: string;
  readonly description: string;
  /** The diagram's visible labels, a label's lines joined by a space. */
  readonly labels: string[];
}

const visibleDiagrams = (page: Page) => page.locator('figure[data-diagram] svg:visible');

/** Each shown diagram as assistive technology meets it. */
export function namedDiagrams(page: Page): Promise<NamedDiagram[]> {
  return visibleDiagrams(page).evaluateAll((svgs) =>
    svgs.map((svg) => {
      const textOf = (ids: string | null): string =>
        (ids ?? '')
          .split(/\s+/)
          .map((id) => (id ? (svg.ownerDocument.getElementById(id)?.textContent ?? '') : ''))
          .join(' ')
          .trim();
      const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
      const labels = Array.from(svg.querySelectorAll('text')).map((text) => {
        const rows = Array.from(text.querySelectorAll('tspan.row')).map((row) => row.textContent ?? '');
        return oneLine(rows.length > 0 ? rows.join(' ') : (text.textContent ?? ''));
      });
      return {
        role: svg.getAttribute('role'),
        name: textOf(svg.getAttribute('aria-labelledby')),
        description: oneLine(textOf(svg.getAttribute('aria-describedby'))),
        labels: labels.filter(Boolean),
      };
    }),
  );
}

/**
 * Each label of the shown diagrams with the contrast ratio (WCAG) of its text against what is behind it: the
 * node, cluster or actor shape, the edge label's own box, or the page.
 */
export function labelContrasts(page: Page): Promise<Label[]> {
  return visibleDiagrams(page).evaluateAll((svgs) => {
    const rgb = (css: string): number[] | undefined => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
      return m && (m[4] === undefined || Number(m[4]) > 0) ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
    };
    const luminance = ([r, g, b]: number[]): number => {
      const lin = (channel: number): number => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: number[], b: number[]): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const pageBackground = [document.body, document.documentElement]
      .map((e) => rgb(getComputedStyle(e).backgroundColor))
      .find(Boolean) ?? [255, 255, 255];
    const fill = (element: Element | null | undefined): number[] | undefined =>
      element ? rgb(getComputedStyle(element).fill) : undefined;
    /** The shape a label is drawn on: its node's or cluster's shape, an edge label's own box, or an actor's box. */
    const behind = (text: Element): number[] => {
      const edgeLabel = text.closest('g.edgeLabel');
      if (edgeLabel) return fill(edgeLabel.querySelector('rect.background')) ?? pageBackground;
      const node = text.closest('g.node, g.cluster');
      if (node) return fill(node.querySelector('rect, path, polygon, circle, ellipse')) ?? pageBackground;
      // Sequence diagrams: an actor's name sits on its box, a message on the page.
      const actor = text.classList.contains('actor') ? text.parentElement?.querySelector('rect.actor') : undefined;
      return fill(actor) ?? pageBackground;
    };
    return svgs.flatMap((svg) =>
      Array.from(svg.querySelectorAll('text'))
        .filter((text) => text.textContent?.trim())
        .map((text) => {
          // The glyphs take the fill of the innermost element holding them (mermaid styles tspans of its own).
          const glyphs =
            Array.from(text.querySelectorAll('tspan')).find(
              (t) => !t.querySelector('tspan') && t.textContent?.trim(),
            ) ?? text;
          return { text: text.textContent!.trim(), contrast: ratio(fill(glyphs) ?? [0, 0, 0], behind(text)) };
        }),
    );
  });
}

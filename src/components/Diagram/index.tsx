import diagramMarkup from '@docker101/diagram-markup';
import useBaseUrl from '@docusaurus/useBaseUrl';
import clsx from 'clsx';
import { type ReactNode, useEffect, useState } from 'react';
import styles from './styles.module.css';

export interface Props {
  /** The drawn diagram (src/plugins/diagrams), named for its SVGs' content. */
  id: string;
  /** Its size in CSS pixels, as strings from the page's markup. */
  width: string;
  height: string;
}

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** What the server put into this page's HTML, while the browser hydrates it; undefined after a client-side link. */
function drawnOnPage(key: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector(`[data-diagram-variant="${key}"]`)?.innerHTML || undefined;
}

function Variant({ id, theme, width, height }: Props & { theme: Theme }): ReactNode {
  const key = `${id}.${theme}`;
  const [markup, setMarkup] = useState(() => diagramMarkup(id, theme) ?? drawnOnPage(key));
  const url = useBaseUrl(`/assets/diagrams/${key}.svg`);
  useEffect(() => {
    if (markup !== undefined) return undefined;
    let current = true;
    fetch(url)
      .then((res) => (res.ok ? res.text() : Promise.reject(new Error(`${url}: ${res.status}`))))
      .then((svg) => current && setMarkup(svg))
      .catch(() => undefined); // The box keeps its size; the page around it is unaffected.
    return () => {
      current = false;
    };
  }, [markup, url]);
  return (
    <div
      className={clsx(styles.variant, styles[theme])}
      data-diagram-variant={key}
      // The box has the diagram's shape before the SVG is in, so nothing below it moves when it arrives.
      style={{ aspectRatio: `${width} / ${height}`, maxWidth: `${width}px` }}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG the site's own build drew from the page's diagram.
      dangerouslySetInnerHTML={{ __html: markup ?? '' }}
    />
  );
}

/** A diagram drawn at build time, in the light and the dark mode; the stylesheet shows the one in use. */
export default function Diagram(props: Props): ReactNode {
  return (
    <figure className={styles.diagram} data-diagram={props.id}>
      {THEMES.map((theme) => (
        <Variant key={theme} theme={theme} {...props} />
      ))}
    </figure>
  );
}

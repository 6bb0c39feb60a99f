import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import { type ChapterPathGlobalData, type PartId, PLUGIN_NAME } from '@site/src/plugins/chapter-path/types';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

export interface Props {
  /** Each chapter's one line of what the reader will be able to do (the home page); titles alone otherwise. */
  summaries?: boolean;
  /** The level of the parts' headings on the page that shows them. */
  headingAs?: 'h2' | 'h3';
}

const PARTS: Record<PartId, () => { title: string; lead: string }> = {
  path: () => ({
    title: translate({ id: 'chapterPath.path.title', message: '기본 과정' }),
    lead: translate({
      id: 'chapterPath.path.lead',
      message: '컨테이너가 왜 필요한지부터 compose로 여러 컨테이너를 함께 띄우기까지, 순서대로 따라 하면 됩니다.',
    }),
  }),
  beyond: () => ({
    title: translate({ id: 'chapterPath.beyond.title', message: '더 나아가기' }),
    lead: translate({
      id: 'chapterPath.beyond.lead',
      message: '기본 과정을 마쳤다면 필요한 장부터 골라 읽어도 됩니다.',
    }),
  }),
};

/** The tutorial's chapters in order, grouped into the path and beyond, read from the docs (src/plugins/chapter-path). */
export default function ChapterPath({ summaries = false, headingAs = 'h2' }: Props): ReactNode {
  const { parts } = usePluginData(PLUGIN_NAME) as ChapterPathGlobalData;
  let number = 0;
  return (
    <div className={styles.parts}>
      {parts.map((part) => {
        const { title, lead } = PARTS[part.id]();
        const start = number + 1;
        number += part.chapters.length;
        return (
          <section key={part.id} className={styles.part} data-part={part.id}>
            <Heading as={headingAs} className={styles.partTitle}>
              {title}
            </Heading>
            <p className={styles.lead}>{lead}</p>
            <ol start={start} className={summaries ? styles.cards : styles.titles}>
              {part.chapters.map((chapter) => (
                <li key={chapter.permalink}>
                  <Link to={chapter.permalink} className={styles.title}>
                    {chapter.title}
                  </Link>
                  {summaries && chapter.summary && <p className={styles.summary}>{chapter.summary}</p>}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { downloadPath, readExamples } from '@site/src/contract/front-matter';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

interface DownloadLinkProps {
  /** An example folder under examples/. */
  name: string;
}

function DownloadLink({ name }: DownloadLinkProps): ReactNode {
  return (
    <a className={styles.link} href={useBaseUrl(downloadPath(name))} download>
      {name}.zip
    </a>
  );
}

/** Offers the example folders this page works in (front matter `example:`) as zips the build made. */
export default function ExampleDownloads(): ReactNode {
  const { examples } = readExamples(useDoc().frontMatter as Record<string, unknown>);
  if (examples.length === 0) return null;
  return (
    // Spacing and commas come from the stylesheet, not from spaces in the HTML: a page a slow network paints
    // before its links arrive would otherwise show a trailing space that moves once the link follows it.
    <p className={styles.downloads}>
      <Translate id="exampleDownloads.label">이 장의 예제 내려받기:</Translate>
      {examples.map((name) => (
        <span key={name} className={styles.item}>
          <DownloadLink name={name} />
        </span>
      ))}
    </p>
  );
}

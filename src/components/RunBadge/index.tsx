import Translate, { translate } from '@docusaurus/Translate';
import { runDay, upstreamVersion, useDocsRun } from '@site/src/components/VerifiedStamp/useDocsRun';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

export interface Props {
  /** The fence's line in the page file, as src/remark/source-lines.ts recorded it. */
  line: number;
}

/**
 * Says under a shell block that the doc run executed it, and under a shown output that the run found it equal
 * to what the command printed. Excused blocks already carry their reason (a note the norun-notes plugin adds);
 * other blocks, and pages without a verified run, show nothing.
 */
export default function RunBadge({ line }: Props): ReactNode {
  const run = useDocsRun();
  if (!run) return null;
  const facts = { engine: upstreamVersion(run.stamp.engine), date: runDay(run.stamp.date) };
  if (run.page.ran.includes(line)) {
    const title = translate(
      { id: 'runBadge.title', message: 'Docker Engine {engine}에서 {date}에 실행되어 통과했습니다' },
      facts,
    );
    return (
      <p className={styles.badge} title={title} data-run-status="ran">
        <span aria-hidden="true">✓ </span>
        <Translate id="runBadge.ran">CI에서 실행됨</Translate>
      </p>
    );
  }
  if (run.page.outputs.includes(line)) {
    const title = translate(
      {
        id: 'runBadge.outputTitle',
        message: 'Docker Engine {engine}에서 {date}에 실행한 명령어의 실제 출력과 같습니다',
      },
      facts,
    );
    return (
      <p className={styles.badge} title={title} data-run-status="output-verified">
        <span aria-hidden="true">✓ </span>
        <Translate id="runBadge.outputVerified">출력 확인됨</Translate>
      </p>
    );
  }
  return null;
}

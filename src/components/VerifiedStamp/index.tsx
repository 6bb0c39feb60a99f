import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import type { ReactNode } from 'react';
import styles from './styles.module.css';
import { runDay, upstreamVersion, useDocsRun } from './useDocsRun';

/**
 * Tells the reader that this page's commands ran and passed, on which engine and when. Shown only when the
 * build found a passing doc run for the page (see src/plugins/docs-run-report); otherwise nothing.
 */
export default function VerifiedStamp(): ReactNode {
  const run = useDocsRun();
  const { selectMessage } = usePluralForm();
  if (!run) return null;
  const { stamp, page } = run;
  const ran = page.ran.length;
  const excused = page.excused.length;
  const outputs = page.outputs.length;
  return (
    <aside className={styles.stamp} data-verified-stamp="">
      <span className={styles.mark} aria-hidden="true">
        ✓
      </span>
      <span>
        {excused === 0 ? (
          selectMessage(
            ran,
            translate(
              {
                id: 'verifiedStamp.ran',
                message: '이 페이지의 명령어 {ran}개를 모두 실제 Docker 엔진에서 실행해 통과했습니다.',
              },
              { ran },
            ),
          )
        ) : (
          <Translate id="verifiedStamp.ranAndExcused" values={{ ran, excused }}>
            {
              '이 페이지의 명령어 {ran}개를 실제 Docker 엔진에서 실행해 통과했습니다. 나머지 {excused}개는 CI에서 실행할 수 없는 이유를 명령어 아래에 적었습니다.'
            }
          </Translate>
        )}{' '}
        {outputs > 0 &&
          selectMessage(
            outputs,
            translate(
              {
                id: 'verifiedStamp.outputs',
                message: '보여 드리는 출력 {outputs}개도 실제 출력과 같은지 확인했습니다.',
              },
              { outputs },
            ),
          )}{' '}
        <span className={styles.details}>
          <Translate
            id="verifiedStamp.details"
            values={{
              engine: <span title={stamp.engine}>{upstreamVersion(stamp.engine)}</span>,
              compose: <span title={stamp.compose}>{upstreamVersion(stamp.compose)}</span>,
              date: <time dateTime={stamp.date}>{runDay(stamp.date)}</time>,
            }}
          >
            {'Docker Engine {engine} · Compose {compose} · {date}'}
          </Translate>
        </span>
      </span>
    </aside>
  );
}

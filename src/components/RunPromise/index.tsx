import Translate from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import { runDay, upstreamVersion } from '@site/src/components/VerifiedStamp/useDocsRun';
import { type DocsRunGlobalData, PLUGIN_NAME } from '@site/src/plugins/docs-run-report/types';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

/**
 * The site's promise, and the last doc run that kept it: the engine, compose and day the stamps on the pages
 * come from (src/plugins/docs-run-report). Without a passing run the figures are left out, never made up.
 */
export default function RunPromise(): ReactNode {
  const stamp = (usePluginData(PLUGIN_NAME) as DocsRunGlobalData | undefined)?.stamp;
  return (
    <section className={styles.promise}>
      <Heading as="h2" className={styles.title}>
        <Translate id="home.promise.title">모든 명령어를 실제로 실행해 검증합니다</Translate>
      </Heading>
      <p>
        <Translate id="home.promise.body">
          페이지에 보이는 명령어는 글자 그대로 실제 Docker 엔진에서 실행하고, 페이지에 적힌 출력이 정말 나오는지도
          확인합니다. 예제 폴더는 장마다 내려받아 그대로 실행할 수 있습니다.
        </Translate>
      </p>
      {stamp && (
        <p className={styles.run} data-last-run="">
          <Translate
            id="home.promise.lastRun"
            values={{
              engine: <span title={stamp.engine}>{upstreamVersion(stamp.engine)}</span>,
              compose: <span title={stamp.compose}>{upstreamVersion(stamp.compose)}</span>,
              date: <time dateTime={stamp.date}>{runDay(stamp.date)}</time>,
            }}
          >
            {'마지막으로 검증한 실행: Docker Engine {engine} · Compose {compose} · {date}'}
          </Translate>
        </p>
      )}
    </section>
  );
}

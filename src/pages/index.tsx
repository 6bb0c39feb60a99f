import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import ChapterPath from '@site/src/components/ChapterPath';
import RunPromise from '@site/src/components/RunPromise';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import styles from './index.module.css';

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'home.title', message: '처음 배우는 Docker' })}
      description={translate({
        id: 'home.description',
        message: '모든 명령어가 실제 Docker 엔진에서 실행되어 검증되는 Docker 입문서',
      })}
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">Docker 101</Heading>
          <p className={styles.subtitle}>
            <Translate id="home.tagline">
              컨테이너가 왜 필요한지부터 이미지 빌드, 볼륨, compose까지. 모든 명령어가 실제로 실행되어 검증됩니다.
            </Translate>
          </p>
          <Link className="button button--primary button--lg" to="/docs/intro">
            <Translate id="home.start">시작하기</Translate>
          </Link>
        </div>
      </header>
      <main className={`container ${styles.main}`}>
        <RunPromise />
        <ChapterPath summaries />
      </main>
    </Layout>
  );
}

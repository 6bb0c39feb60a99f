import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

type Feature = { title: ReactNode; description: ReactNode };

const FEATURES: Feature[] = [
  {
    title: <Translate id="home.feature.verified.title">모든 명령어를 실제로 실행합니다</Translate>,
    description: (
      <Translate id="home.feature.verified.description">
        페이지에 보이는 명령어는 바뀔 때마다 실제 Docker 엔진에서 그대로 실행해 검증합니다. 읽은 그대로 복사해도 동작합니다.
      </Translate>
    ),
  },
  {
    title: <Translate id="home.feature.examples.title">그대로 실행되는 예제</Translate>,
    description: (
      <Translate id="home.feature.examples.description">
        페이지가 보여 주는 Dockerfile과 앱은 모두 examples 폴더의 실제 파일입니다. 폴더째 복사해서 바로 빌드하고 실행할 수 있습니다.
      </Translate>
    ),
  },
  {
    title: <Translate id="home.feature.bilingual.title">한국어와 영어</Translate>,
    description: (
      <Translate id="home.feature.bilingual.description">
        한국어로 먼저 쓰고 영어로도 똑같이 제공합니다. 두 언어의 명령어는 한 글자도 다르지 않습니다.
      </Translate>
    ),
  },
];

export default function HomepageFeatures(): ReactNode {
  return (
    <section className={styles.features}>
      <div className="container">
        <div className="row">
          {FEATURES.map((feature, i) => (
            <div key={i} className="col col--4">
              <Heading as="h2" className={styles.title}>{feature.title}</Heading>
              <p>{feature.description}</p>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}

import ExampleDownloads from '@site/src/components/ExampleDownloads';
import VerifiedStamp from '@site/src/components/VerifiedStamp';
import type { Props } from '@theme/DocItem/Content';
import Content from '@theme-original/DocItem/Content';
import type { ReactNode } from 'react';

/** Above each doc page: whether its commands ran and passed, and its example folders to download. */
export default function DocItemContentWrapper(props: Props): ReactNode {
  return (
    <>
      <VerifiedStamp />
      <ExampleDownloads />
      <Content {...props} />
    </>
  );
}

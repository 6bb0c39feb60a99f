import './prism-languages';
import { useFilledText } from '@site/src/components/ReaderVariableInput/store';
import RunBadge from '@site/src/components/RunBadge';
import { sourceLineOf } from '@site/src/contract/fence-meta';
import type { Props } from '@theme/CodeBlock';
import CodeBlock from '@theme-original/CodeBlock';
import type { ReactNode } from 'react';

function FilledCodeBlock({ children, ...props }: Props & { children: string }): ReactNode {
  // The copy button copies what the block shows, so the reader's value is both shown and copied.
  return <CodeBlock {...props}>{useFilledText(children)}</CodeBlock>;
}

/** Fills reader variables (`{YOUR-USER-NAME}`) and, in docs, says whether the doc run ran the block or verified it. */
export default function CodeBlockWrapper(props: Props): ReactNode {
  const line = sourceLineOf(props.metastring);
  return (
    <>
      {typeof props.children === 'string' ? (
        <FilledCodeBlock {...props}>{props.children}</FilledCodeBlock>
      ) : (
        <CodeBlock {...props} />
      )}
      {line !== undefined && <RunBadge line={line} />}
    </>
  );
}

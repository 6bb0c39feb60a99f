import type { ReactNode } from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type { Props } from '@theme/CodeBlock';
import RunBadge from '@site/src/components/RunBadge';
import { useFilledText } from '@site/src/components/ReaderVariableInput/store';
import { sourceLineOf } from '@site/src/contract/fence-meta';

function FilledCodeBlock({ children, ...props }: Props & { children: string }): ReactNode {
  // The copy button copies what the block shows, so the reader's value is both shown and copied.
  return <CodeBlock {...props}>{useFilledText(children)}</CodeBlock>;
}

/** Fills reader variables (`{YOUR-USER-NAME}`) and, in docs, says whether the doc run ran the block or verified it. */
export default function CodeBlockWrapper(props: Props): ReactNode {
  const line = sourceLineOf(props.metastring);
  return (
    <>
      {typeof props.children === 'string' ? <FilledCodeBlock {...props} children={props.children} /> : <CodeBlock {...props} />}
      {line !== undefined && <RunBadge line={line} />}
    </>
  );
}

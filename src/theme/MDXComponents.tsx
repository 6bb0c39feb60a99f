import Diagram from '@site/src/components/Diagram';
import ReaderVariableInput from '@site/src/components/ReaderVariableInput';
import ShellTabs, { ShellTab } from '@site/src/components/ShellTabs';
import MDXComponents from '@theme-original/MDXComponents';

/** Components the site's remark plugins put into pages (src/remark/, src/plugins/diagrams/remark.ts). */
export default {
  ...MDXComponents,
  Diagram,
  ShellTabs,
  ShellTab,
  ReaderVariableInput,
};

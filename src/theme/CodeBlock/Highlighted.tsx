/**
 * The classic code block with Prism, loaded only by pages that show code (plugins/prism-on-demand.ts).
 * Runs the theme's language setup first, as its client module would have done at start-up.
 */
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';

prismIncludeLanguages(Prism);

export default CodeBlock;

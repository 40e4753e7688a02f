/**
 * Components every lesson can use without importing them: the quiz and its parts, and glossary terms.
 * Wrapped, not ejected, so Docusaurus upgrades keep working.
 */
import MDXComponents from '@theme-original/MDXComponents';
import { QUIZ_COMPONENTS } from '@site/src/components/Quiz';
import Term from '@site/src/components/Term';

export default {
  ...MDXComponents,
  ...QUIZ_COMPONENTS,
  Term,
};

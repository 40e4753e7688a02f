/**
 * Components every lesson can use without importing them: the quiz and its parts, and glossary terms.
 * Wrapped, not ejected, so Docusaurus upgrades keep working.
 */
import MDXComponents from '@theme-original/MDXComponents';
import Quiz, {
  Answer,
  Explanation,
  Hint,
  Item,
  Match,
  Option,
  Question,
  Statement,
} from '@site/src/components/Quiz';
import Term from '@site/src/components/Term';

export default {
  ...MDXComponents,
  Quiz,
  Question,
  Option,
  Item,
  Match,
  Statement,
  Answer,
  Hint,
  Explanation,
  Term,
};

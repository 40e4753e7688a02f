/**
 * The live quiz editor of the "Writing quizzes" guide: the author edits a quiz as it is written in
 * a lesson (MDX, Markdown and all), and sees beside the preview the very messages the build would
 * give for the same text, as they type. A quiz the build would refuse is not previewed as if fine.
 */
import { useDeferredValue, useId, useMemo, useState, type ComponentType, type CSSProperties } from 'react';
import { QUIZ_COMPONENTS } from '@site/src/components/Quiz';
import { countOf } from '@site/src/text/plural';
import { checkQuizSource } from './checkSource';
import { renderMdx } from './renderMdx';

type Components = Record<string, ComponentType<never>>;

// Inline styles, not a CSS module: the site's CSS is one file that every page loads, and it is
// held within 5 KB of the blank site's (README, "Performance"); only this guide has the editor.
const SOURCE: CSSProperties = { width: '100%', font: '0.9rem/1.5 var(--ifm-font-family-monospace)' };
const MESSAGES: CSSProperties = {
  padding: '0.5rem 1.5rem',
  borderLeft: '4px solid var(--course-danger)',
  overflowWrap: 'anywhere',
};
const PREVIEW: CSSProperties = { padding: '0 1rem', border: '1px dashed var(--course-border)' };

interface Props {
  /** The example's starting text. */
  initial: string;
  /** What a lesson can use: the site's MDX components (src/theme/MDXComponents). */
  components?: Components;
}

/** The quiz tags with the build's check done: the preview's quizzes need no second check in the page. */
function checkedComponents(components: Components): Components {
  const Quiz = components.Quiz as ComponentType<Record<string, unknown>>;
  return {
    ...components,
    Quiz: ((props: Record<string, unknown>) => <Quiz {...props} checkedAtBuild />) as never,
  };
}

export default function QuizEditor({
  initial,
  components = QUIZ_COMPONENTS as unknown as Components,
}: Props) {
  const [source, setSource] = useState(initial.replace(/\n$/, ''));
  const id = useId();
  // Typing stays quick on a slow machine: the check and the preview follow a little behind.
  const shown = useDeferredValue(source);
  const { messages, tree } = useMemo(() => checkQuizSource(shown), [shown]);
  // Made once: a new component type on every keystroke would start the previewed quiz afresh.
  const checked = useMemo(() => checkedComponents(components), [components]);
  const preview = useMemo(
    () => (messages.length === 0 && tree ? renderMdx(tree, checked) : null),
    [messages, tree, checked],
  );
  const lines = source.split('\n').length;
  return (
    <div className="margin-vert--md">
      <label htmlFor={`${id}-source`}>Quiz source (as written in a lesson; edit it to try a change)</label>
      <textarea
        id={`${id}-source`}
        style={SOURCE}
        value={source}
        rows={Math.min(Math.max(lines, 6), 30)}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-describedby={`${id}-verdict`}
        onChange={(event) => setSource(event.target.value)}
      />
      <div className="margin-top--sm">
        {/* Polite: it changes as the author types, and must not interrupt them. */}
        <p id={`${id}-verdict`} role="status">
          <strong>
            {messages.length
              ? `The build would stop with ${countOf(messages.length, 'message')}:`
              : 'The build accepts this quiz.'}
          </strong>
        </p>
        {messages.length > 0 && (
          <ul style={MESSAGES} aria-label="Messages from the build">
            {messages.map((message, index) => (
              <li key={index}>
                <strong>Line {message.line}</strong> {message.text}
              </li>
            ))}
          </ul>
        )}
        <div style={PREVIEW} aria-label="Preview" role="region">
          {preview ?? <p>The preview comes back when the build would accept the quiz.</p>}
        </div>
      </div>
    </div>
  );
}

/**
 * Checks what an author typed in the live editor with the build's own validator
 * (plugins/course/validate.ts), so the editor says exactly what `npm run build` would say about
 * the same text: same checks, same wording; only the file name is left out.
 */
import type { Root } from 'mdast';
import { describeQuizError } from '@site/plugins/course/errors';
import { parseLesson } from '@site/plugins/course/mdx';
import { validateLesson } from '@site/plugins/course/validate';

export interface EditorMessage {
  line: number;
  text: string;
}

export interface CheckedSource {
  /** The build's messages for this text, by line; empty when the build would accept it. */
  messages: EditorMessage[];
  /** The parsed text to preview, or null when it cannot be parsed at all. */
  tree: Root | null;
}

/** The file name errors are reported under; the editor shows line numbers only. */
const EDITOR_FILE = 'live-editor.mdx';
// "already used by the quiz at live-editor.mdx:3" reads "… at line 3" in the editor.
const EDITOR_PLACE = /live-editor\.mdx:(\d+)/g;

export function checkQuizSource(source: string): CheckedSource {
  const { errors } = validateLesson(source, EDITOR_FILE);
  const parsed = parseLesson(source);
  return {
    messages: errors.map((error) => ({
      line: error.line,
      text: describeQuizError(error).replace(EDITOR_PLACE, 'line $1'),
    })),
    tree: parsed.ok ? parsed.tree : null,
  };
}

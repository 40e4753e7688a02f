/**
 * Test helper: checks of a Moodle export by rules of Moodle's own code.
 */
import { phpTrim, type ImportedQuestion } from './imported';
import { xmlize, type XmlizeNode } from './moodleXmlize';

const textElements = (node: XmlizeNode): XmlizeNode[] => [
  ...(node.name === 'text' ? [node] : []),
  ...node.children.flatMap(textElements),
];

/** Every <text> that Moodle's reader (lib/xmlize.php) reads differently from a conforming XML parser. */
export function lostText(xml: string): string[] {
  return textElements(xmlize(xml))
    .filter((node) => phpTrim(node.text) !== phpTrim(node.fullText))
    .map(
      (node) => `${JSON.stringify(phpTrim(node.fullText))} arrives as ${JSON.stringify(phpTrim(node.text))}`,
    );
}

/**
 * Matching questions a teacher could not save after editing them in Moodle, whose form wants two
 * questions and three answers (question/type/match/edit_match_form.php, validation: it counts rows,
 * so an extra answer with no question counts too).
 */
export const unsaveableMatching = (questions: ImportedQuestion[]) =>
  questions
    .filter((question) => question.kind === 'matching')
    .filter((question) => {
      const rows = (question.pairs ?? []).length;
      return rows < 2 || rows + (question.extraMatches ?? []).length < 3;
    })
    .map((question) => question.name);

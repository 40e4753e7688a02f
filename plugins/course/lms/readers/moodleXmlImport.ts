// cspell:words defaultgrade generalfeedback multichoice qformat qtype questiontext shortanswer subquestion truefalse usecase
/**
 * Test helper: a Moodle XML file as Moodle's importer reads it, for the question types the export
 * writes. Each rule names the function of question/format/xml/format.php (qformat_xml) or of
 * question/type/ordering/questiontype.php (qtype_ordering) it follows; text comes through
 * moodleXmlize.ts, as lib/xmlize.php hands it over.
 */
import { htmlToText, phpTrim, squash, type ImportedQuestion } from './imported';
import { moodleLiteralText, moodleShortAnswerMatches } from './lmsGrading';
import { child, children, textOf, xmlize, type XmlizeNode } from './moodleXmlize';

export interface MoodleXmlImport {
  categories: string[];
  questions: ImportedQuestion[];
  /** Per ID number (or name), how many hints arrived. */
  hints: Map<string, number>;
}

/** import_text_with_files: the element's <text>, trimmed, and its format attribute. */
const textField = (element: XmlizeNode | undefined) => ({
  text: textOf(child(element, 'text')),
  html: (element?.attributes.format ?? 'html') !== 'plain_text',
});
const rendered = (element: XmlizeNode | undefined) => {
  const { text, html } = textField(element);
  return html ? htmlToText(text) : squash(text);
};
/** import_answer: fraction="100" is 1. */
const fraction = (answer: XmlizeNode) => Number(answer.attributes.fraction ?? 0) / 100;

/** qtype_ordering::fix_questionname: a name over 42 bytes is cut at a space and ends in " ...". */
function orderingName(name: string): string {
  if (Buffer.byteLength(name) <= 42) return name;
  const cut = Buffer.from(name).subarray(0, 42).toString();
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut} ...`;
}

/** import_headers: name, question text, general feedback, mark and ID number. */
function headers(question: XmlizeNode) {
  const idnumber = child(question, 'idnumber');
  return {
    name: textOf(child(child(question, 'name'), 'text')),
    ...(idnumber ? { idnumber: idnumber.text } : {}),
    text: rendered(child(question, 'questiontext')),
    generalFeedback: rendered(child(question, 'generalfeedback')),
    points: Number(textOf(child(question, 'defaultgrade')) || 1),
  };
}

function body(question: XmlizeNode, type: string): Omit<ImportedQuestion, keyof ReturnType<typeof headers>> {
  const answers = children(question, 'answer');
  switch (type) {
    case 'multichoice': {
      // import_multichoice with trans_single: "false" or nothing is a multiple-answer question.
      const single = phpTrim(textOf(child(question, 'single')) || 'true');
      return {
        kind: single === 'false' || single === '' ? 'multiple' : 'single',
        choices: answers.map((answer) => ({
          text: rendered(answer),
          credit: fraction(answer),
          feedback: rendered(child(answer, 'feedback')),
        })),
      };
    }
    case 'truefalse': {
      // import_truefalse: the answer whose text is "true" decides, by fraction == 100.
      const yes = answers.find((answer) => textOf(child(answer, 'text')) === 'true');
      return { kind: 'truefalse', answer: Number(yes?.attributes.fraction) === 100 };
    }
    case 'shortanswer': {
      // import_shortanswer: answers are plain text; usecase 0 compares without regard to case.
      const caseSensitive = textOf(child(question, 'usecase')) === '1';
      const right = answers
        .filter((answer) => fraction(answer) === 1)
        .map((answer) => textOf(child(answer, 'text')));
      return {
        kind: 'short',
        accepted: right.map(moodleLiteralText),
        accepts: (typed) => right.some((pattern) => moodleShortAnswerMatches(typed, pattern, !caseSensitive)),
      };
    }
    case 'matching': {
      // import_match: a subquestion with no text only adds its answer to every drop-down.
      const subquestions = children(question, 'subquestion').map((sub) => ({
        term: rendered(sub),
        match: squash(textOf(child(child(sub, 'answer'), 'text'))),
      }));
      const pairs = subquestions.filter((pair) => pair.term !== '');
      const used = new Set(pairs.map((pair) => pair.match));
      return {
        kind: 'matching',
        pairs,
        extraMatches: [...new Set(subquestions.map((pair) => pair.match))].filter(
          (match) => !used.has(match),
        ),
      };
    }
    case 'ordering':
      // qtype_ordering::import_from_xml: the order is the order of the answers; fraction is reset.
      return { kind: 'ordering', items: answers.map((answer) => rendered(answer)) };
    default:
      throw new Error(`Moodle would not import a question of type "${type}" without a plugin`);
  }
}

/** qformat_xml::readquestions and import_question, for every <question> of the file. */
export function readMoodleXml(source: string): MoodleXmlImport {
  const quiz = xmlize(source);
  const result: MoodleXmlImport = { categories: [], questions: [], hints: new Map() };
  for (const question of children(quiz, 'question')) {
    const type = question.attributes.type ?? '';
    if (type === 'category') {
      result.categories.push(textOf(child(child(question, 'category'), 'text')));
      continue;
    }
    const head = headers(question);
    const imported: ImportedQuestion = { ...head, ...body(question, type) };
    if (type === 'ordering') imported.name = orderingName(head.name);
    result.questions.push(imported);
    result.hints.set(imported.idnumber ?? imported.name, children(question, 'hint').length);
  }
  return result;
}

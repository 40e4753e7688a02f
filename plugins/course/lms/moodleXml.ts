// cspell:words answernumbering defaultgrade generalfeedback gradingtype idnumber layouttype multichoice qtype questiontext selectcount selecttype shortanswer showgrading shuffleanswers subquestion truefalse usecase
/**
 * Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): richer than GIFT, so points
 * (defaultgrade), hints, answer shuffling and the question id (idnumber) travel too. Ordering
 * questions use Moodle's ordering type (qtype_ordering: a standard plugin since Moodle 4.4, an
 * add-on before), graded by absolute position like the site; classify is written as matching.
 *
 * Every text is one CDATA section on one line. Moodle's reader (lib/xmlize.php,
 * core_xml_parser::handle_characterdata) drops each piece of text that is only white space, and
 * the XML parser hands it every entity and every line break as a piece of its own, so a space
 * between two entities, or a line break between two words, would vanish. In HTML a line break
 * is a space, and the plain-text fields are single lines already.
 */
import type { BankQuestion, BankQuiz, QuestionBank } from './bank';
import { giftPercent } from './gift';
import { markdownToHtml, markdownToInlineHtml, markdownToPlainText, type MarkupOptions } from './markup';
import { lmsAcceptedAnswers, moodleLiteral } from './shortAnswers';
import { cdata, element, wrap, XML_DECLARATION } from './xml';

/** `<text>` holding the text as CDATA, line breaks turned into spaces (see above). */
const text = (content: string) => `<text>${cdata(content.replace(/\r\n?|\n/g, ' '))}</text>`;
const htmlText = (tag: string, html: string, attributes: Record<string, string> = {}) =>
  wrap(tag, { ...attributes, format: 'html' }, [text(html)]);
const plainText = (tag: string, content: string, attributes: Record<string, string> = {}) =>
  wrap(tag, attributes, [text(content)]);

function answer(
  fraction: string,
  html: string,
  feedback: string | undefined,
  options: MarkupOptions,
): string {
  return wrap('answer', { fraction, format: 'html' }, [
    text(html),
    htmlText('feedback', feedback === undefined ? '' : markdownToInlineHtml(feedback, options)),
  ]);
}

function typeAndBody(question: BankQuestion, shuffle: boolean, options: MarkupOptions): [string, string[]] {
  const inline = (markdown: string) => markdownToInlineHtml(markdown, options);
  const shuffleAnswers = element('shuffleanswers', {}, shuffle ? 'true' : 'false');
  if (question.source.type === 'ordering') {
    const items = question.source.items;
    return [
      'ordering',
      [
        element('layouttype', {}, 'VERTICAL'),
        element('selecttype', {}, 'ALL'),
        element('selectcount', {}, String(items.length)),
        element('gradingtype', {}, 'ABSOLUTE_POSITION'),
        element('showgrading', {}, 'SHOW'),
        // The ordering type stores the right position of each item in `fraction`.
        ...items.map((item, index) => answer(`${index + 1}.0000000`, inline(item), undefined, options)),
      ],
    ];
  }
  switch (question.kind) {
    case 'choice': {
      const rightCount = Math.max(1, question.options.filter((option) => option.correct).length);
      const share = giftPercent(1 / rightCount);
      const fraction = (correct: boolean) =>
        question.multiple ? `${correct ? '' : '-'}${share}` : correct ? '100' : '0';
      return [
        'multichoice',
        [
          element('single', {}, question.multiple ? 'false' : 'true'),
          shuffleAnswers,
          element('answernumbering', {}, 'abc'),
          ...question.options.map((option) =>
            answer(fraction(option.correct), inline(option.text), option.feedback, options),
          ),
        ],
      ];
    }
    case 'truefalse':
      return [
        'truefalse',
        [
          answer(question.answer ? '100' : '0', 'true', undefined, options),
          answer(question.answer ? '0' : '100', 'false', undefined, options),
        ],
      ];
    case 'matching':
      return [
        'matching',
        [
          shuffleAnswers,
          ...question.pairs.map((pair) =>
            wrap('subquestion', { format: 'html' }, [
              text(inline(pair.term)),
              plainText('answer', markdownToPlainText(pair.match)),
            ]),
          ),
          // A subquestion with no text is how Moodle stores an extra (distractor) choice.
          ...question.distractors.map((match) =>
            wrap('subquestion', { format: 'html' }, [
              text(''),
              plainText('answer', markdownToPlainText(match)),
            ]),
          ),
        ],
      ];
    case 'short':
      return [
        'shortanswer',
        [
          element('usecase', {}, '0'),
          ...lmsAcceptedAnswers(question.answers).map((answer) =>
            wrap('answer', { fraction: '100', format: 'moodle_auto_format' }, [
              text(moodleLiteral(answer)),
              htmlText('feedback', ''),
            ]),
          ),
        ],
      ];
  }
}

/** One <question>, with the explanation as general feedback and the hints as Moodle hints. */
export function questionToMoodleXml(
  question: BankQuestion,
  shuffle = true,
  options: MarkupOptions = {},
): string {
  const [type, body] = typeAndBody(question, shuffle, options);
  // Moodle's ordering type says how to answer itself; the sentence the matching form needs is left out.
  const prompt = question.source.type === 'ordering' ? question.source.prompt : question.prompt;
  return wrap('question', { type }, [
    plainText('name', question.id),
    htmlText('questiontext', markdownToHtml(prompt, options)),
    htmlText('generalfeedback', markdownToHtml(question.explanation, options)),
    element('defaultgrade', {}, String(question.points)),
    element('penalty', {}, '0.3333333'),
    element('hidden', {}, '0'),
    element('idnumber', {}, question.id),
    ...body,
    ...question.hints.map((hint) => htmlText('hint', markdownToHtml(hint, options))),
  ]);
}

/** Moodle splits category paths on `/`; a slash inside a name is written twice. */
const categoryName = (name: string) => name.replace(/\s+/g, ' ').trim().replace(/\//g, '//') || '-';

function quizQuestions(courseTitle: string, quiz: BankQuiz, options: MarkupOptions) {
  const path = [courseTitle, quiz.unit, quiz.title].map(categoryName).join('/');
  return [
    wrap('question', { type: 'category' }, [plainText('category', path)]),
    ...quiz.questions.map((question) => questionToMoodleXml(question, quiz.shuffle, options)),
  ];
}

/** The whole course as one Moodle XML file: one category per quiz (course/unit/quiz). */
export function courseToMoodleXml(bank: QuestionBank, options: MarkupOptions = {}): string {
  const quizzes = bank.quizzes.flatMap((quiz) => quizQuestions(bank.title, quiz, options));
  return `${XML_DECLARATION}\n${wrap('quiz', {}, quizzes)}\n`;
}

// cspell:words cccv imscc imsmanifest imsqti identifierref maxattempts questestinterop schemaversion xmlv Zippable
/**
 * The QTI 1.2 package Canvas imports (Settings → Import course content → QTI .zip file), laid out
 * as Canvas's own exports are (lib/cc/qti/qti_generator.rb): imsmanifest.xml (IMS Content
 * Packaging 1.1) lists each quiz as an `imsqti_xmlv1p2` resource, `<ident>/<ident>.xml` holding one
 * <assessment>, which depends on a second resource, `<ident>/assessment_meta.xml`, with the quiz's
 * Canvas settings. Canvas reads that file only through a resource whose type ends in
 * `learning-application-resource` and only at `<assessment ident>/assessment_meta.xml`
 * (quiz_metadata_converter.rb, post_process_assessments).
 */
import { zipSync, type Zippable } from 'fflate';
import type { BankQuiz, QuestionBank } from './bank';
import type { MarkupOptions } from './markup';
import { metadata, questionToQtiItem } from './qti';
import { element, wrap, XML_DECLARATION, xmlIdent } from './xml';

const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const CANVAS_NAMESPACE = 'http://canvas.instructure.com/xsd/cccv1p0';
export const ASSESSMENT_META = 'assessment_meta.xml';
/** The resource type Canvas gives its quiz settings (CC::CCHelper::LOR). */
export const CANVAS_SETTINGS_TYPE = 'associatedcontent/imscc_xmlv1p1/learning-application-resource';

export const quizIdent = (quiz: BankQuiz) => xmlIdent('quiz-', quiz.id);

/** The path of a quiz's assessment file inside the package. */
export const assessmentPath = (quiz: BankQuiz) => `${quizIdent(quiz)}/${quizIdent(quiz)}.xml`;
/** The path of a quiz's Canvas settings inside the package. */
export const settingsPath = (quiz: BankQuiz) => `${quizIdent(quiz)}/${ASSESSMENT_META}`;

/** One quiz as a QTI 1.2 <questestinterop> document; as on the site, a learner may try again. */
export function quizToQtiAssessment(quiz: BankQuiz, options: MarkupOptions = {}): string {
  const assessment = wrap('assessment', { ident: quizIdent(quiz), title: quiz.title }, [
    metadata({ cc_maxattempts: 'unlimited' }),
    wrap(
      'section',
      { ident: 'root_section' },
      quiz.questions.map((question) => questionToQtiItem(question, options)),
    ),
  ]);
  const root = wrap('questestinterop', { xmlns: QTI_NAMESPACE }, [assessment]);
  return `${XML_DECLARATION}\n${root}\n`;
}

/**
 * A quiz's Canvas settings, taken from the site: a graded quiz worth the sum of its questions'
 * points, answers shuffled when the quiz shuffles them, any number of attempts with the highest
 * score kept (the site keeps a learner's best score), correct answers shown after an attempt, and
 * unpublished until the teacher publishes it.
 */
export function quizSettings(quiz: BankQuiz): string {
  const points = quiz.questions.reduce((sum, question) => sum + question.points, 0);
  const fields: [string, string][] = [
    ['title', quiz.title],
    ['quiz_type', 'assignment'],
    ['points_possible', points.toFixed(1)],
    ['shuffle_answers', String(quiz.shuffle)],
    ['scoring_policy', 'keep_highest'],
    ['allowed_attempts', '-1'],
    ['show_correct_answers', 'true'],
    ['one_question_at_a_time', 'false'],
    ['cant_go_back', 'false'],
    ['available', 'false'],
  ];
  const root = wrap(
    'quiz',
    { identifier: quizIdent(quiz), xmlns: CANVAS_NAMESPACE },
    fields.map(([name, value]) => element(name, {}, value)),
  );
  return `${XML_DECLARATION}\n${root}\n`;
}

/** imsmanifest.xml: each assessment, and the Canvas settings it depends on. */
export function qtiManifest(bank: QuestionBank): string {
  const resources = bank.quizzes.flatMap((quiz) => [
    wrap(
      'resource',
      { identifier: `res-${quizIdent(quiz)}`, type: 'imsqti_xmlv1p2', href: assessmentPath(quiz) },
      [
        element('file', { href: assessmentPath(quiz) }),
        element('dependency', { identifierref: `res-settings-${quizIdent(quiz)}` }),
      ],
    ),
    wrap(
      'resource',
      { identifier: `res-settings-${quizIdent(quiz)}`, type: CANVAS_SETTINGS_TYPE, href: settingsPath(quiz) },
      [element('file', { href: settingsPath(quiz) })],
    ),
  ]);
  const manifest = wrap(
    'manifest',
    {
      identifier: 'course-question-bank',
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    },
    [
      wrap('metadata', {}, [element('schema', {}, 'IMS Content'), element('schemaversion', {}, '1.1.3')]),
      element('organizations', {}),
      wrap('resources', {}, resources),
    ],
  );
  return `${XML_DECLARATION}\n${manifest}\n`;
}

/** A fixed file date, so two builds of the same lessons give byte-identical zips. */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

/** The whole course as a QTI .zip Canvas imports; one assessment and its settings per quiz. */
export function courseToQtiZip(bank: QuestionBank, options: MarkupOptions = {}): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: Zippable = { 'imsmanifest.xml': encode(qtiManifest(bank)) };
  for (const quiz of bank.quizzes) {
    files[assessmentPath(quiz)] = encode(quizToQtiAssessment(quiz, options));
    files[settingsPath(quiz)] = encode(quizSettings(quiz));
  }
  return zipSync(files, { level: 9, mtime: ZIP_DATE });
}

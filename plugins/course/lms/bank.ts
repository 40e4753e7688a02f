// cspell:words truefalse
/**
 * The question bank as the LMS exports see it: quizzes in course order (units → lessons →
 * quizzes, as in the course manifest) and every question reduced to the four shapes that GIFT,
 * Moodle XML and Canvas QTI all share. Ordering and classify have no common LMS type, so they
 * become matching here, once, and every format converts them the same way.
 */
import type { Question, Quiz } from '../../../src/quiz/schema';
import type { CourseManifest } from '../manifest-schema';
import type { ValidatedQuiz } from '../validate';

interface BankCommon {
  id: string;
  /** Markdown. For converted questions, ends with a sentence saying how to answer. */
  prompt: string;
  /** Markdown; for classify, followed by the per-statement feedback the matching type cannot hold. */
  explanation: string;
  points: number;
  hints: string[];
  /** The site's question type, so formats with a closer type (Moodle's ordering plugin) can use it. */
  source: Question;
}

export interface BankChoice {
  text: string;
  correct: boolean;
  feedback?: string;
}

export type BankQuestion = BankCommon &
  (
    | { kind: 'choice'; multiple: boolean; options: BankChoice[] }
    | { kind: 'truefalse'; answer: boolean }
    /** `match` is shown in a drop-down, so formats write it as plain text; `distractors` are unused matches. */
    | { kind: 'matching'; pairs: { term: string; match: string }[]; distractors: string[] }
    | { kind: 'short'; answers: string[] }
  );

export interface BankQuiz {
  id: string;
  title: string;
  unit: string;
  /** The quiz's shuffle setting; formats that can, shuffle answers when it is on. */
  shuffle: boolean;
  questions: BankQuestion[];
}

export interface QuestionBank {
  title: string;
  quizzes: BankQuiz[];
}

export const ORDERING_INSTRUCTION = 'Give each item its place in the order: 1 is the first.';
export const CLASSIFY_INSTRUCTION = 'Choose the category of each statement.';

const withInstruction = (prompt: string, instruction: string) => `${prompt}\n\n${instruction}`;

/** One site question in its LMS shape; ordering and classify become matching. */
export function toBankQuestion(question: Question): BankQuestion {
  const common = {
    id: question.id,
    prompt: question.prompt,
    explanation: question.explanation,
    points: question.points,
    hints: question.hints,
    source: question,
  };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...common, kind: 'choice', multiple: question.type === 'multiple', options: question.options };
    case 'truefalse':
      return { ...common, kind: 'truefalse', answer: question.answer };
    case 'matching':
      return { ...common, kind: 'matching', pairs: question.pairs, distractors: [] };
    case 'short':
      return { ...common, kind: 'short', answers: question.answers };
    case 'ordering':
      return {
        ...common,
        kind: 'matching',
        prompt: withInstruction(question.prompt, ORDERING_INSTRUCTION),
        pairs: question.items.map((item, index) => ({ term: item, match: String(index + 1) })),
        distractors: [],
      };
    case 'classify': {
      const used = new Set(question.statements.map((statement) => statement.category));
      const notes = question.statements
        .filter((statement) => statement.feedback !== undefined)
        .map((statement) => `${statement.text} (${statement.category}): ${statement.feedback ?? ''}`);
      return {
        ...common,
        kind: 'matching',
        prompt: withInstruction(question.prompt, CLASSIFY_INSTRUCTION),
        explanation: [question.explanation, ...notes].join('\n\n'),
        pairs: question.statements.map((statement) => ({ term: statement.text, match: statement.category })),
        distractors: question.categories.filter((category) => !used.has(category)),
      };
    }
  }
}

function bankQuiz(quiz: Quiz, title: string, unit: string): BankQuiz {
  return { id: quiz.id, title, unit, shuffle: quiz.shuffle, questions: quiz.questions.map(toBankQuestion) };
}

/**
 * Every quiz the manifest lists, in its order, with the manifest's titles and unit labels.
 * Quizzes the manifest left out (drafts) are left out here too, so counts always agree.
 */
export function buildQuestionBank(
  title: string,
  manifest: CourseManifest,
  quizzes: readonly ValidatedQuiz[],
): QuestionBank {
  const byId = new Map(quizzes.map(({ quiz }) => [quiz.id, quiz]));
  const bank: BankQuiz[] = [];
  for (const unit of manifest.units) {
    for (const lesson of unit.lessons) {
      for (const quizId of lesson.quizIds) {
        const quiz = byId.get(quizId);
        const entry = manifest.quizzes[quizId];
        if (!quiz || !entry) {
          throw new Error(
            `[lms] The manifest lists quiz "${quizId}" but it was not validated. Rebuild the site; if it persists, report a bug in plugins/course.`,
          );
        }
        bank.push(bankQuiz(quiz, entry.title, unit.label));
      }
    }
  }
  return { title, quizzes: bank };
}

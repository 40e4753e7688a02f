/**
 * Item analysis for the gradebook: per assigned question, how many of the class got it right and the
 * most common wrong choice, in words. The words come from the course itself (the course plugin
 * publishes each question's choices to the gradebook page only); a submission carries just the
 * learner's own response, so answers to a question that has changed since are counted apart.
 */
import type { Response } from '@site/src/quiz/responseSchema';
import type { QuestionType } from '@site/src/quiz/vocabulary';
import type { SubmittedAnswer } from './submissionSchema';

/** What the gradebook knows of one question (plain text, no explanations). */
export interface QuestionDetails {
  id: string;
  type: QuestionType;
  /** The prompt as plain text. */
  prompt: string;
  /** The lesson section the question teaches (its `teaches` anchor), else the question in its lesson. */
  href: string;
  /** questionContentHash, as saved with each answer. */
  hash: string;
  /** Options (single, multiple), items in the right order (ordering), matches (matching), categories (classify). */
  choices: string[];
  /** For single and multiple: which options are right. */
  right: boolean[];
  /** Terms (matching) or statements (classify). */
  parts: string[];
  /** For each part, the index of its right choice. */
  partAnswers: number[];
}

/** The gradebook page's route module: each quiz's questions in order. */
export interface GradebookQuestions {
  quizzes: Record<string, QuestionDetails[]>;
}

export interface ItemResult {
  quizId: string;
  question: QuestionDetails;
  /** Students whose latest answer is to this version of the question. */
  answered: number;
  right: number;
  /** Students whose answer was to an earlier version (not counted above). */
  earlierVersion: number;
  /** The wrong choice most students made, with how many made it; null when nobody went wrong. */
  commonWrong: { text: string; count: number } | null;
}

const quote = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;

/** The wrong choices inside one response, in words. */
export function wrongChoices(question: QuestionDetails, response: Response): string[] {
  const { choices, right } = question;
  const choice = (index: number | null | undefined) =>
    index === null || index === undefined ? 'nothing' : quote(choices[index] ?? `choice ${index + 1}`);
  switch (response.type) {
    case 'single':
      return right[response.choice] ? [] : [choice(response.choice)];
    case 'truefalse':
      return [response.value ? 'True' : 'False'];
    case 'multiple': {
      const ticked = new Set(response.choices);
      return choices.flatMap((_, i) => {
        if (ticked.has(i) && !right[i]) return [`ticked ${choice(i)}`];
        return !ticked.has(i) && right[i] ? [`left out ${choice(i)}`] : [];
      });
    }
    case 'short': {
      const typed = response.text.trim().replace(/\s+/g, ' ');
      return [typed ? quote(typed) : 'left blank'];
    }
    case 'ordering':
      return choices.flatMap((_, place) =>
        response.order[place] === place ? [] : [`${choice(response.order[place])} in place ${place + 1}`],
      );
    case 'matching':
    case 'classify': {
      const picked = response.type === 'matching' ? response.matches : response.categories;
      return question.parts.flatMap((part, i) =>
        picked[i] === question.partAnswers[i] ? [] : [`${quote(part)} → ${choice(picked[i])}`],
      );
    }
  }
}

/** The most common of the students' wrong choices (each student counted once per choice). */
function commonest(lists: readonly string[][]): ItemResult['commonWrong'] {
  // Keyed without case, so "title iii" and "Title III" are one wrong answer; the first spelling shows.
  const counts = new Map<string, { text: string; count: number }>();
  for (const list of lists) {
    for (const text of new Set(list)) {
      const key = text.toLocaleLowerCase();
      const entry = counts.get(key) ?? { text, count: 0 };
      counts.set(key, { ...entry, count: entry.count + 1 });
    }
  }
  return [...counts.values()].reduce<ItemResult['commonWrong']>(
    (best, entry) => (best === null || entry.count > best.count ? entry : best),
    null,
  );
}

/** Per question of the given quizzes, in order: right answers, and the most common wrong choice. */
export function itemAnalysis(
  quizIds: readonly string[],
  questions: GradebookQuestions,
  students: readonly { answers: readonly SubmittedAnswer[] }[],
): ItemResult[] {
  return quizIds.flatMap((quizId) => {
    const list = Object.prototype.hasOwnProperty.call(questions.quizzes, quizId)
      ? questions.quizzes[quizId]
      : [];
    return (list ?? []).map((question) => {
      const answers = students.flatMap((student) =>
        student.answers.filter((answer) => answer.quizId === quizId && answer.questionId === question.id),
      );
      const current = answers.filter((answer) => answer.hash === question.hash);
      const wrong = current.filter((answer) => !answer.correct);
      return {
        quizId,
        question,
        answered: current.length,
        right: current.length - wrong.length,
        earlierVersion: answers.length - current.length,
        commonWrong: commonest(wrong.map((answer) => wrongChoices(question, answer.response))),
      };
    });
  });
}

/**
 * Test helper: the exports of the real lessons in docs/, with each quiz's site questions beside
 * them, loaded once per test file.
 */
import type { Question } from '../../../../src/quiz/schema';
import { lmsFiles } from '../exports';
import { loadRealCourse } from '../testCourse';

export interface SiteQuiz {
  id: string;
  title: string;
  shuffle: boolean;
  questions: Question[];
}

export interface RealExports {
  files: Map<string, string | Uint8Array>;
  quizzes: SiteQuiz[];
  /** Every question of the course, in course order. */
  questions: Question[];
  text: (name: string) => string;
  bytes: (name: string) => Uint8Array;
}

export const SITE_URL = 'https://example.org/course/';

let loading: Promise<RealExports> | undefined;

export function realExports(): Promise<RealExports> {
  loading ??= loadRealCourse().then(({ bank, quizzes }) => {
    const byId = new Map(quizzes.map(({ quiz }) => [quiz.id, quiz]));
    const siteQuizzes = bank.quizzes.map((quiz) => ({
      id: quiz.id,
      title: quiz.title,
      shuffle: byId.get(quiz.id)?.shuffle ?? true,
      questions: byId.get(quiz.id)?.questions ?? [],
    }));
    const files = lmsFiles(bank, { siteUrl: SITE_URL });
    const get = (name: string) => {
      const content = files.get(name);
      if (content === undefined) throw new Error(`${name} was not exported`);
      return content;
    };
    return {
      files,
      quizzes: siteQuizzes,
      questions: siteQuizzes.flatMap((quiz) => quiz.questions),
      text: (name) => {
        const content = get(name);
        if (typeof content !== 'string') throw new Error(`${name} is binary`);
        return content;
      },
      bytes: (name) => {
        const content = get(name);
        if (typeof content === 'string') throw new Error(`${name} is text`);
        return content;
      },
    };
  });
  return loading;
}

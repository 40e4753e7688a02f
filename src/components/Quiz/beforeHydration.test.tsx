import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { memoryQuizConnection, QuizConnectionContext } from './quizConnection';
import { SampleQuiz } from './testQuiz';

// The moment between hydration and the transition that shows saved answers, held open: on a slow
// phone it lasts long enough for a learner to tap an answer.
vi.mock('../useHydrated', () => ({ useHydrated: () => false }));

describe('a quiz answered before its saved answers have appeared', () => {
  it("keeps the learner's tap on screen and shows what was saved with it", () => {
    const connection = memoryQuizConnection();
    connection.update('sample', () => ({
      attempt: {
        id: 'saved-1',
        number: 1,
        mode: 'practice',
        startedAt: 1,
        updatedAt: 2,
        questions: { 's-tf': { response: { type: 'truefalse', value: true } } },
      },
      answers: [],
      finished: null,
    }));
    render(
      <QuizConnectionContext.Provider value={connection}>
        <SampleQuiz />
      </QuizConnectionContext.Provider>,
    );
    const trueFalse = screen.getByRole('group', { name: /directive 3000.09/i });
    expect(within(trueFalse).getByRole('radio', { name: 'True' })).not.toBeChecked();
    const single = screen.getByRole('group', { name: /which title of the dpa/i });
    fireEvent.click(within(single).getByRole('radio', { name: 'Title I' }));
    expect(within(single).getByRole('radio', { name: 'Title I' })).toBeChecked();
    expect(within(trueFalse).getByRole('radio', { name: 'True' })).toBeChecked();
    expect(connection.record('sample')?.current?.questions['s-single']?.response).toEqual({
      type: 'single',
      choice: 0,
    });
  });
});

import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  getActiveAssignment,
  setActiveAssignment,
  subscribeActiveAssignment,
} from '@site/src/classroom/activeAssignment';
import { useAssignmentPassMark } from './useAssignmentPassMark';

const week1 = {
  id: 'b0aeb034',
  title: 'Week 1',
  passMark: 70,
  quizIds: ['start-here'],
  lessonIds: [],
};

function RuleLine({ quizId }: { quizId: string }) {
  const assigned = useAssignmentPassMark(quizId);
  return <p>{assigned ? `Pass mark ${assigned.passMark}% (set by “${assigned.title}”)` : 'Pass mark 80%'}</p>;
}

afterEach(() => setActiveAssignment(null));

describe('the active assignment’s pass mark', () => {
  it('applies to the assignment’s own quizzes only, and follows every change', () => {
    render(
      <>
        <RuleLine quizId="start-here" />
        <RuleLine quizId="dpa-basics" />
      </>,
    );
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toEqual([
      'Pass mark 80%',
      'Pass mark 80%',
    ]);
    act(() => setActiveAssignment(week1));
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toEqual([
      'Pass mark 70% (set by “Week 1”)',
      'Pass mark 80%',
    ]);
    act(() => setActiveAssignment(null));
    expect(screen.getAllByRole('paragraph')[0]).toHaveTextContent('Pass mark 80%');
  });

  it('is null on the server, whatever is active, so the static HTML never depends on it', () => {
    setActiveAssignment(week1);
    expect(renderToString(<RuleLine quizId="start-here" />)).toContain('Pass mark 80%');
  });

  it('hands out one frozen snapshot until it changes, and stops telling a listener that left', () => {
    let calls = 0;
    const leave = subscribeActiveAssignment(() => (calls += 1));
    setActiveAssignment(week1);
    const snapshot = getActiveAssignment();
    expect(getActiveAssignment()).toBe(snapshot);
    expect(Object.isFrozen(snapshot)).toBe(true);
    leave();
    setActiveAssignment(null);
    expect(calls).toBe(1);
  });
});

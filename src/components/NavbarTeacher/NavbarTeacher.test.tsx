import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import NavbarTeacher, { isTeacherPage } from '.';

vi.mock('../docusaurusClient', () => import('../testDocusaurusClient'));

describe('the navbar on teacher pages', () => {
  it('knows the teacher pages, with or without a base URL', () => {
    expect(isTeacherPage('/teach', '/')).toBe(true);
    expect(isTeacherPage('/course/teach/gradebook', '/course/')).toBe(true);
    expect(isTeacherPage('/course/teach/answer-key', '/course/')).toBe(true);
    expect(isTeacherPage('/docs/guides/for-teachers', '/')).toBe(false);
    expect(isTeacherPage('/teacher-notes', '/')).toBe(false);
    expect(isTeacherPage('/progress', '/')).toBe(false);
  });

  it('offers the assignments and the gradebook, and marks the page the teacher is on', () => {
    render(
      <nav aria-label="Main">
        <NavbarTeacher pathname="/course/teach/gradebook" />
      </nav>,
    );
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Assignments', 'Gradebook']);
    expect(screen.getByRole('link', { name: 'Gradebook' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Assignments' })).not.toHaveAttribute('aria-current');
    expect(screen.queryByText(/Your progress/)).toBeNull();
  });
});

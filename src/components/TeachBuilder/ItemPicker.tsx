import { useEffect, useRef } from 'react';
import type { CourseOutline, OutlineLesson, OutlineUnit } from '@site/src/course/courseOutline';
import { formatMinutes, type TeachPageData, totalMinutes } from '@site/src/classroom/lessonTimes';
import styles from './styles.module.css';

export const lessonKey = (docId: string) => `lesson:${docId}`;
export const quizKey = (quizId: string) => `quiz:${quizId}`;

/** Every selectable key of a unit: each lesson, then that lesson's quizzes. */
export const unitKeys = (unit: OutlineUnit) =>
  unit.lessons.flatMap((lesson) => [lessonKey(lesson.docId), ...lesson.quizIds.map(quizKey)]);

interface Props {
  outline: CourseOutline;
  times: TeachPageData;
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
}

function UnitToggle({ unit, selected, onChange }: { unit: OutlineUnit } & Omit<Props, 'outline' | 'times'>) {
  const keys = unitKeys(unit);
  const count = keys.filter((key) => selected.has(key)).length;
  const ref = useRef<HTMLInputElement>(null);
  // "indeterminate" exists only as a DOM property, so it is set after render.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && count < keys.length;
  }, [count, keys.length]);
  const toggle = () => {
    const next = new Set(selected);
    for (const key of keys) {
      if (count === keys.length) next.delete(key);
      else next.add(key);
    }
    onChange(next);
  };
  return (
    <label className={`${styles.toggle} ${styles.unitToggle}`}>
      <input ref={ref} type="checkbox" checked={count === keys.length} onChange={toggle} />
      <span>Select the whole unit</span>
    </label>
  );
}

/** One lesson as a card: the lesson and, beside it, its quiz, each a large labelled target. */
function LessonCard({
  lesson,
  outline,
  minutes,
  selected,
  flip,
}: {
  lesson: OutlineLesson;
  outline: CourseOutline;
  minutes: number | undefined;
  selected: ReadonlySet<string>;
  flip: (key: string) => void;
}) {
  return (
    <li className={styles.lesson}>
      <label className={styles.toggle}>
        <input
          type="checkbox"
          checked={selected.has(lessonKey(lesson.docId))}
          onChange={() => flip(lessonKey(lesson.docId))}
        />
        <span>
          Lesson: {lesson.title}
          {minutes !== undefined && ' '}
          {minutes !== undefined && <span className={styles.time}>({minutes} min)</span>}
        </span>
      </label>
      {lesson.quizIds.map((quizId) => (
        <label key={quizId} className={`${styles.toggle} ${styles.quizToggle}`}>
          <input
            type="checkbox"
            checked={selected.has(quizKey(quizId))}
            onChange={() => flip(quizKey(quizId))}
          />
          <span>Quiz: {outline.quizzes[quizId]?.title ?? quizId}</span>
        </label>
      ))}
    </li>
  );
}

/**
 * The course as a teacher scans it: one group per unit (a fieldset, WCAG 1.3.1) with its total time
 * and "Select the whole unit", and a card per lesson holding the lesson and its quiz.
 */
export default function ItemPicker({ outline, times, selected, onChange }: Props) {
  const flip = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(next);
  };
  return (
    <div className={styles.units}>
      {outline.units.map((unit) => {
        const unitTime = totalMinutes(
          times,
          unit.lessons.map((lesson) => lesson.docId),
        );
        return (
          <fieldset key={unit.id} className={styles.unit}>
            <legend>{unit.label}</legend>
            <p className={styles.unitMeta}>
              {unit.lessons.length} {unit.lessons.length === 1 ? 'page' : 'pages'}
              {unitTime > 0 && `, about ${formatMinutes(unitTime)}`}
            </p>
            <UnitToggle unit={unit} selected={selected} onChange={onChange} />
            <ul className={styles.lessons}>
              {unit.lessons.map((lesson) => (
                <LessonCard
                  key={lesson.docId}
                  lesson={lesson}
                  outline={outline}
                  minutes={times.minutes[lesson.docId]}
                  selected={selected}
                  flip={flip}
                />
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}

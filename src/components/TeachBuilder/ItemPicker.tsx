import { useEffect, useRef } from 'react';
import type { CourseOutline, OutlineUnit } from '@site/src/course/courseOutline';
import styles from './styles.module.css';

export const lessonKey = (docId: string) => `lesson:${docId}`;
export const quizKey = (quizId: string) => `quiz:${quizId}`;

/** Every selectable key of a unit: each lesson, then that lesson's quizzes. */
export const unitKeys = (unit: OutlineUnit) =>
  unit.lessons.flatMap((lesson) => [lessonKey(lesson.docId), ...lesson.quizIds.map(quizKey)]);

interface Props {
  outline: CourseOutline;
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
}

function UnitToggle({ unit, selected, onChange }: { unit: OutlineUnit } & Omit<Props, 'outline'>) {
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
    <label className={styles.unitToggle}>
      <input ref={ref} type="checkbox" checked={count === keys.length} onChange={toggle} /> Select the whole
      unit
    </label>
  );
}

/** Checkboxes for lessons and quizzes, grouped by unit in fieldsets (WCAG 1.3.1), with "select whole unit". */
export default function ItemPicker({ outline, selected, onChange }: Props) {
  const flip = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onChange(next);
  };
  return (
    <div className={styles.units}>
      {outline.units.map((unit) => (
        <fieldset key={unit.id} className={styles.unit}>
          <legend>{unit.label}</legend>
          <UnitToggle unit={unit} selected={selected} onChange={onChange} />
          <ul className={styles.items}>
            {unit.lessons.map((lesson) => (
              <li key={lesson.docId}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.has(lessonKey(lesson.docId))}
                    onChange={() => flip(lessonKey(lesson.docId))}
                  />{' '}
                  Lesson: {lesson.title}
                </label>
                {lesson.quizIds.map((quizId) => (
                  <label key={quizId} className={styles.quiz}>
                    <input
                      type="checkbox"
                      checked={selected.has(quizKey(quizId))}
                      onChange={() => flip(quizKey(quizId))}
                    />{' '}
                    Quiz: {outline.quizzes[quizId]?.title ?? quizId}
                  </label>
                ))}
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}

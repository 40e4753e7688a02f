import { type FormEvent, useId, useRef, useState } from 'react';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import {
  type AssignmentDraft,
  assignmentItems,
  assignmentStartPath,
  assignmentUrl,
  encodeAssignment,
  endOfDay,
} from '@site/src/classroom/assignment';
import { formatMinutes, type TeachPageData, totalMinutes } from '@site/src/classroom/lessonTimes';
import type { TeacherStore } from '@site/src/classroom/teacherStore';
import { useTeacherStore } from '@site/src/components/TeacherData/useTeacherStore';
import { answerKeyHref } from '@site/src/quiz/answerKey';
import Handout from './Handout';
import ItemPicker, { lessonKey, quizKey } from './ItemPicker';
import SavedAssignments from './SavedAssignments';
import styles from './styles.module.css';

interface Props {
  /** The site's base URL ("/" or "/course/"); the link is made from this page's origin. */
  baseUrl: string;
  /** Each lesson's estimated time (the /teach route's data module). */
  times: TeachPageData;
  /** Tests pass their own teacher store. */
  store?: TeacherStore;
}

interface Result {
  draft: AssignmentDraft;
  link: string;
  gradebookLink: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The /teach assignment builder: pick items, set details, get a link, a QR code and a handout. */
export default function TeachBuilder({ baseUrl, times, store: givenStore }: Props) {
  const outline = useCourseOutline();
  const { snapshot, store } = useTeacherStore(baseUrl, givenStore);
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [fields, setFields] = useState({ title: '', className: '', dueDate: '', passMark: '80' });
  const [errors, setErrors] = useState<string[]>([]);
  const [result, setResult] = useState<Result | null>(null);
  const handoutHeading = useRef<HTMLHeadingElement>(null);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });

  // Course order, as the outline lists lessons and their quizzes.
  const lessons = outline.units
    .flatMap((u) => u.lessons.map((l) => l.docId))
    .filter((d) => selected.has(lessonKey(d)));
  const quizzes = outline.units
    .flatMap((u) => u.lessons.flatMap((l) => l.quizIds))
    .filter((q) => selected.has(quizKey(q)));
  const minutes = totalMinutes(times, lessons);

  const create = (event: FormEvent) => {
    event.preventDefault();
    const passMark = Number(fields.passMark);
    const problems = [
      ...(fields.title.trim() ? [] : ['Give the assignment a title.']),
      ...(lessons.length + quizzes.length ? [] : ['Choose at least one lesson or quiz.']),
      ...(fields.passMark !== '' && Number.isInteger(passMark) && passMark >= 0 && passMark <= 100
        ? []
        : ['Set a pass mark: a whole number from 0 to 100.']),
    ];
    setErrors(problems);
    if (problems.length) return;
    const dueDate = fields.dueDate || undefined;
    const draft = {
      ...fields,
      dueDate,
      dueAt: dueDate ? endOfDay(dueDate) : undefined,
      passMark,
      lessons,
      quizzes,
    };
    const { payload } = encodeAssignment(draft);
    const root = `${window.location.origin}${baseUrl}`;
    setResult({
      draft,
      link: assignmentUrl(root, payload, assignmentStartPath(draft, outline, baseUrl)),
      gradebookLink: `${baseUrl}teach/gradebook#assignment=${payload}`,
    });
    store?.saveAssignment(payload);
    // Move focus to the new handout so keyboard and screen-reader users land on the result.
    requestAnimationFrame(() => handoutHeading.current?.focus());
  };

  return (
    <>
      <form
        className={styles.noPrint}
        onSubmit={create}
        noValidate
        aria-describedby={errors.length ? `${id}-errors` : undefined}
      >
        <h2>1. Choose lessons and quizzes</h2>
        <ItemPicker outline={outline} times={times} selected={selected} onChange={setSelected} />
        <div className={styles.summary}>
          <p role="status">
            {lessons.length + quizzes.length === 0
              ? 'Nothing selected yet.'
              : `Selected: ${plural(lessons.length, 'lesson', 'lessons')} and ${plural(quizzes.length, 'quiz', 'quizzes')}${minutes > 0 ? `, about ${formatMinutes(minutes)} of work` : ''}.`}
          </p>
          <p className={styles.answerKey}>
            {quizzes.length > 0 ? (
              <a href={`${baseUrl}${answerKeyHref(quizzes)}`}>
                Print answer key ({plural(quizzes.length, 'quiz', 'quizzes')})
              </a>
            ) : (
              'Choose one or more quizzes to print their answer key.'
            )}
          </p>
        </div>
        <h2>2. Details</h2>
        <div className={styles.fields}>
          <label htmlFor={`${id}-title`}>Title</label>
          <input id={`${id}-title`} value={fields.title} onChange={set('title')} maxLength={120} required />
          <label htmlFor={`${id}-class`}>Class name (optional)</label>
          <input id={`${id}-class`} value={fields.className} onChange={set('className')} maxLength={80} />
          <label htmlFor={`${id}-due`}>Due date (optional)</label>
          <input id={`${id}-due`} type="date" value={fields.dueDate} onChange={set('dueDate')} />
          <label htmlFor={`${id}-pass`}>Pass mark (%)</label>
          <input
            id={`${id}-pass`}
            type="number"
            min={0}
            max={100}
            step={1}
            value={fields.passMark}
            onChange={set('passMark')}
            aria-describedby={`${id}-pass-note`}
          />
          <p id={`${id}-pass-note`} className={styles.fieldNote}>
            Students see this pass mark in their banner, and every assigned quiz uses it.
          </p>
        </div>
        <div role="alert" id={`${id}-errors`}>
          {errors.length > 0 && (
            <ul className={styles.errors}>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
        </div>
        <button type="submit" className="button button--primary">
          Create the assignment link
        </button>
      </form>
      {result && (
        <Handout
          ref={handoutHeading}
          draft={result.draft}
          items={assignmentItems(result.draft, outline)}
          link={result.link}
          gradebookLink={result.gradebookLink}
        />
      )}
      <SavedAssignments baseUrl={baseUrl} outline={outline} snapshot={snapshot} store={store} />
    </>
  );
}

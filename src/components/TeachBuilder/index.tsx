import { type FormEvent, useId, useRef, useState } from 'react';
import { useCourseOutline } from '@site/src/course/useCourseOutline';
import {
  type AssignmentDraft,
  assignmentItems,
  assignmentUrl,
  encodeAssignment,
  endOfDay,
} from '@site/src/classroom/assignment';
import { answerKeyHref } from '@site/src/quiz/answerKey';
import Handout from './Handout';
import ItemPicker, { lessonKey, quizKey } from './ItemPicker';
import styles from './styles.module.css';

interface Props {
  /** The site's base URL ("/" or "/course/"); the link is made from this page's origin. */
  baseUrl: string;
}

interface Result {
  draft: AssignmentDraft;
  link: string;
  gradebookLink: string;
}

/** The /teach assignment builder: pick items, set details, get a link, a QR code and a handout. */
export default function TeachBuilder({ baseUrl }: Props) {
  const outline = useCourseOutline();
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [fields, setFields] = useState({ title: '', className: '', dueDate: '', passMark: '80' });
  const [errors, setErrors] = useState<string[]>([]);
  const [result, setResult] = useState<Result | null>(null);
  const handoutHeading = useRef<HTMLHeadingElement>(null);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });

  // Course order, as the outline lists the quizzes lesson by lesson.
  const courseQuizIds = outline.units.flatMap((u) => u.lessons.flatMap((l) => l.quizIds));
  const pickedQuizIds = courseQuizIds.filter((q) => selected.has(quizKey(q)));

  const create = (event: FormEvent) => {
    event.preventDefault();
    const lessons = outline.units
      .flatMap((u) => u.lessons.map((l) => l.docId))
      .filter((d) => selected.has(lessonKey(d)));
    const quizzes = Object.keys(outline.quizzes).filter((q) => selected.has(quizKey(q)));
    // Course order for quizzes, as the outline lists them lesson by lesson.
    const ordered = outline.units
      .flatMap((u) => u.lessons.flatMap((l) => l.quizIds))
      .filter((q) => quizzes.includes(q));
    const passMark = Number(fields.passMark);
    const problems = [
      ...(fields.title.trim() ? [] : ['Give the assignment a title.']),
      ...(lessons.length + ordered.length ? [] : ['Choose at least one lesson or quiz.']),
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
      quizzes: ordered,
    };
    const { payload } = encodeAssignment(draft);
    const root = `${window.location.origin}${baseUrl}`;
    setResult({
      draft,
      link: assignmentUrl(root, payload),
      gradebookLink: `${baseUrl}teach/gradebook#assignment=${payload}`,
    });
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
        <ItemPicker outline={outline} selected={selected} onChange={setSelected} />
        <p className={styles.answerKey}>
          {pickedQuizIds.length > 0 ? (
            <a href={`${baseUrl}${answerKeyHref(pickedQuizIds)}`}>
              Print answer key ({pickedQuizIds.length} {pickedQuizIds.length === 1 ? 'quiz' : 'quizzes'})
            </a>
          ) : (
            'Choose one or more quizzes to print their answer key.'
          )}
        </p>
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
          />
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
    </>
  );
}

/**
 * Loads the lesson that holds a review question and reads the question out of it. The lesson's
 * content chunk is the one its own page loads (precached for offline use like every page).
 */
import { type ReactNode, useEffect, useState } from 'react';
import type { DueQuestion } from '@site/src/review/due';
import { loadLessonReader } from './lessonSource';
import { type LessonQuestion, type LessonReader, lessonQuestion } from './readLessonQuestion';

type Loaded = { permalink: string; reader: LessonReader | null } | { permalink: string; failed: true };

// A lesson is loaded once per page, whatever number of its questions come up.
const readers = new Map<string, Promise<LessonReader | null>>();
function readerFor(permalink: string) {
  let reader = readers.get(permalink);
  if (!reader) {
    reader = loadLessonReader(permalink);
    readers.set(permalink, reader);
  }
  return reader;
}

interface Props {
  item: DueQuestion;
  children: (read: LessonQuestion) => ReactNode;
  /** Shown when the question cannot be read (the lesson moved or failed to load). */
  missing: ReactNode;
  loading: ReactNode;
}

export function LessonLoader({ item, children, missing, loading }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    readerFor(item.permalink).then(
      (reader) => current && setLoaded({ permalink: item.permalink, reader }),
      () => current && setLoaded({ permalink: item.permalink, failed: true }),
    );
    return () => void (current = false);
  }, [item.permalink]);
  if (!loaded || loaded.permalink !== item.permalink) return loading;
  if ('failed' in loaded || !loaded.reader) return missing;
  // Keyed by lesson: a reader calls the lesson's hooks, so one component instance reads one lesson.
  return (
    <ReadQuestion key={item.permalink} reader={loaded.reader} item={item} missing={missing}>
      {children}
    </ReadQuestion>
  );
}

function ReadQuestion({
  reader,
  item,
  missing,
  children,
}: {
  reader: LessonReader;
  item: DueQuestion;
  missing: ReactNode;
  children: (read: LessonQuestion) => ReactNode;
}) {
  const read = lessonQuestion(reader(), item);
  return read ? children(read) : missing;
}

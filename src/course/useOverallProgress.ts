import { useProgressSelector } from '@site/src/progress/useProgress';
import { courseFigures } from './courseProgress';
import { useCourseOutline } from './useCourseOutline';

/**
 * The course percentage and its parts, for the navbar and the home page. Selects primitives only,
 * so a recorded visit does not re-render the navbar.
 */
export function useOverallProgress() {
  const outline = useCourseOutline();
  const percent = useProgressSelector((progress) => courseFigures(progress, outline).percent);
  const lessonsComplete = useProgressSelector((progress) => courseFigures(progress, outline).lessonsComplete);
  const right = useProgressSelector((progress) => courseFigures(progress, outline).right);
  const lastPage = useProgressSelector((progress) => progress.lastPage);
  return { percent, lessonsComplete, lessons: outline.lessons.length, right, lastPage };
}

import { overallPercent } from '@site/src/progress/derive';
import { useProgress } from '@site/src/progress/useProgress';
import { useCourseOutline } from './useCourseOutline';

/** Overall course completion in percent and the last page visited (none on the server). */
export function useOverallProgress() {
  const outline = useCourseOutline();
  const { progress } = useProgress();
  return { percent: overallPercent(progress, outline), lastPage: progress.lastPage };
}

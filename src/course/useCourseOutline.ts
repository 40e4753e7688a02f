import { useMemo } from 'react';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ClientManifest } from '@site/plugins/course/manifest-schema';
import { courseOutline, type CourseOutline } from './courseOutline';

/** The course outline from the course plugin's global data (same on server and client). */
export function useCourseOutline(): CourseOutline {
  const manifest = usePluginData('course') as ClientManifest;
  return useMemo(() => courseOutline(manifest), [manifest]);
}

/**
 * What a search hit is, in words (lesson, lesson section, glossary term, timeline event…), from
 * what the search plugin shows of it: whether it is a page, a heading or a piece of text (its
 * icon), its title, and its path ("Course › Reference › Glossary"), which follows the sidebar.
 */
export type HitType = 'page' | 'heading' | 'content';
export type Area = 'lesson' | 'glossary' | 'timeline' | 'guide' | 'reference' | 'other';

const LABELS: Record<Area, [page: string, part: string]> = {
  lesson: ['Lesson', 'Lesson section'],
  glossary: ['Glossary', 'Glossary term'],
  timeline: ['Timeline', 'Timeline event'],
  guide: ['Guide', 'Guide section'],
  reference: ['Reference page', 'Reference section'],
  other: ['Page', 'Section'],
};

/**
 * The part of the course a hit is in. `path` is the breadcrumb shown under the hit: for a page
 * its sidebar categories, for a heading or text also the page's title.
 */
export function areaOf(path: readonly string[], title: string, type: HitType): Area {
  const trail = type === 'page' ? [...path, title] : path;
  if (trail[0] !== 'Course') return 'other';
  if (trail[1] === 'Reference') {
    if (trail[2] === 'Glossary') return 'glossary';
    if (trail[2] === 'Timeline') return 'timeline';
    return 'reference';
  }
  if (trail[1] === 'Guides') return 'guide';
  return 'lesson';
}

/** "Glossary term", "Lesson section", "Timeline": what the hit is, as the learner will find it. */
export function hitKind(area: Area, type: HitType): string {
  const [page, part] = LABELS[area];
  return type === 'page' ? page : part;
}

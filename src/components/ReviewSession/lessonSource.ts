/**
 * Loads a lesson's compiled MDX the way its own page does: through Docusaurus's route registry,
 * which maps a page's address to the chunk of its content. Those chunks are ordinary route chunks,
 * so they are in the offline copy like every page. Only the browser build has these modules
 * (webpack aliases); unit tests mock this file.
 */
import type { ComponentType } from 'react';
import registry from '@generated/registry';
import routesChunkNames from '@generated/routesChunkNames';
import MDXComponents from '@theme/MDXComponents';
import { type LessonReader, QuizMarker } from './readLessonQuestion';

type MdxContent = (props: { components?: Record<string, ComponentType<never> | string> }) => never;

// Every tag a lesson uses, as the lesson page has them, except <Quiz>, which is read instead.
const READING_COMPONENTS = { ...MDXComponents, Quiz: QuizMarker } as Record<string, ComponentType<never>>;

/** The chunk that holds the content of the page at `permalink` (base URL included), if any. */
function contentChunk(permalink: string): string | undefined {
  for (const [key, chunks] of Object.entries(routesChunkNames)) {
    // Keys are "<path>-<short hash>".
    if (key.slice(0, key.lastIndexOf('-')) !== permalink) continue;
    const content = (chunks as Record<string, unknown>).content;
    if (typeof content === 'string') return content;
  }
  return undefined;
}

/**
 * A reader for the lesson at `permalink`, or null when the site has no such page. The reader must
 * be called during a render, always by the same component (the MDX content calls React hooks).
 */
export async function loadLessonReader(permalink: string): Promise<LessonReader | null> {
  const chunk = contentChunk(permalink);
  const entry = chunk === undefined ? undefined : registry[chunk];
  if (!entry) return null;
  const module = (await entry[0]()) as { default?: MdxContent };
  const Content = module.default;
  if (typeof Content !== 'function') return null;
  return () => Content({ components: READING_COMPONENTS });
}

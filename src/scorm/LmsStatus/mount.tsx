/**
 * Puts the LMS status bar above the course in a React root of its own: the adapter is not part of
 * the site's component tree (the normal site never loads it), so it renders beside it.
 */
import { createRoot } from 'react-dom/client';
import type { ClientManifest } from '@site/plugins/course/manifest-schema';
import type { LmsRuntime } from '../lmsRuntime';
import type { LmsStatus as SessionStatus, ProgressSource } from '../lmsSession';
import type { PackageScope } from '../packageScope';
import LmsStatus, { type ConnectionState } from './index';

export interface StatusView {
  update(state: ConnectionState | SessionStatus): void;
}

interface MountInput {
  runtime: LmsRuntime;
  scope: PackageScope;
  store: ProgressSource;
  quizzes: ClientManifest['quizzes'];
  /** The LMS returned saved progress this course cannot read. */
  unreadableSave: boolean;
}

const toConnection = (state: ConnectionState | SessionStatus): ConnectionState =>
  state.kind === 'not-saving'
    ? { kind: 'not-saving', failure: state.failure }
    : state.kind === 'saving'
      ? { kind: 'saving' }
      : state;

/** Renders the bar before the course's root element; returns how to change what it says. */
export function mountLmsStatus(
  doc: Document,
  { runtime, scope, store, quizzes, unreadableSave }: MountInput,
): StatusView {
  const container = doc.createElement('div');
  const course = doc.getElementById('__docusaurus');
  doc.body.insertBefore(container, course);
  const root = createRoot(container);
  const render = (connection: ConnectionState) =>
    root.render(
      <LmsStatus
        title={runtime.descriptor.title}
        scope={scope}
        store={store}
        quizTitles={quizzes}
        connection={connection}
        unreadableSave={unreadableSave}
      />,
    );
  render(runtime.connected ? { kind: 'saving' } : { kind: 'no-lms' });
  return { update: (state) => render(toConnection(state)) };
}

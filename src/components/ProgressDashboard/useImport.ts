import { useCallback, useRef, useState } from 'react';
import {
  type ImportMode,
  type ImportReport,
  importSizeProblem,
  parseImportFile,
  previewImport,
} from '@site/src/progress/exportImport';
import type { CourseManifest } from '@site/src/progress/manifest';
import type { ProgressEnvelope } from '@site/src/progress/schema';
import type { ProgressStore } from '@site/src/progress/store';
import { readFileText } from '@site/src/components/download';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'rejected'; reason: string }
  | {
      kind: 'preview';
      envelope: ProgressEnvelope;
      migratedFrom: number | undefined;
      merge: ImportReport;
      replace: ImportReport;
    }
  | { kind: 'cancelled' }
  | { kind: 'applied'; report: ImportReport; undo: () => void }
  | { kind: 'undone' };

const UNREADABLE =
  'This file could not be read. Choose the .json file you saved with "Export progress". Nothing was changed.';

/**
 * The import flow: size check before reading, then parse and validate, then a preview; nothing
 * reaches the store until the learner picks Merge or Replace, and the result can be undone.
 */
export function useImport(store: ProgressStore | null, manifest: CourseManifest, now: () => number) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  // A newer file choice wins over a slower read of an older one.
  const latest = useRef(0);

  const choose = useCallback(
    async (file: File) => {
      const ticket = ++latest.current;
      const settle = (next: ImportState) => {
        if (ticket === latest.current) setState(next);
      };
      // File.size is known without reading: refuse a huge file before touching its contents.
      const tooBig = importSizeProblem(file.size);
      if (tooBig) return settle({ kind: 'rejected', reason: tooBig });
      setState({ kind: 'reading' });
      let text: string;
      try {
        text = await readFileText(file);
      } catch {
        return settle({ kind: 'rejected', reason: UNREADABLE });
      }
      const parsed = parseImportFile(text, file.size);
      if (!parsed.ok) return settle({ kind: 'rejected', reason: parsed.reason });
      if (!store) return settle({ kind: 'rejected', reason: UNREADABLE });
      const reports = previewImport(store.getSnapshot(), parsed.envelope, manifest, now());
      settle({ kind: 'preview', envelope: parsed.envelope, migratedFrom: parsed.migratedFrom, ...reports });
    },
    [store, manifest, now],
  );

  const apply = useCallback(
    (mode: ImportMode) => {
      if (!store || state.kind !== 'preview') return;
      const { report, undo } = store.importProgress(state.envelope, mode, manifest);
      setState({ kind: 'applied', report, undo });
    },
    [store, state, manifest],
  );

  const cancel = useCallback(() => setState({ kind: 'cancelled' }), []);
  const undo = useCallback(() => {
    if (state.kind !== 'applied') return;
    state.undo();
    setState({ kind: 'undone' });
  }, [state]);

  return { state, choose, apply, cancel, undo };
}

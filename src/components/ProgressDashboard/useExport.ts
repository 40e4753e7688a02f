import { useCallback, useState } from 'react';
import { EXPORT_FILE_PREFIX, exportProgress } from '@site/src/progress/exportImport';
import type { ProgressStore } from '@site/src/progress/store';
import { downloadText } from '@site/src/components/download';

/** Export and backup downloads; `exported` names the last file saved (for the status message). */
export function useExport(store: ProgressStore | null, now: () => number) {
  const [exported, setExported] = useState<{ filename: string } | null>(null);
  const exportNow = useCallback(() => {
    if (!store) return;
    const { filename, text } = exportProgress(store.getSnapshot(), now());
    downloadText(filename, text);
    store.markExported();
    setExported({ filename });
  }, [store, now]);
  const backup = store?.backupText() ?? null;
  const downloadBackup = useCallback(() => {
    if (backup === null) return;
    const day = new Date(now()).toISOString().slice(0, 10);
    downloadText(`${EXPORT_FILE_PREFIX}-unreadable-${day}.txt`, backup, 'text/plain');
  }, [backup, now]);
  return { exported, exportNow, downloadBackup: backup === null ? null : downloadBackup };
}

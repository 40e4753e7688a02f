/**
 * The storage status in plain words. Each sentence says only what the store knows to be true:
 * where the data is, and the browser's real answer to the request to keep it.
 */
import type { ProgressStatus } from '@site/src/progress/store';

const WHY_NOT_SAVED: Record<ProgressStatus['storage'], string> = {
  ok: 'the last change could not be written yet',
  full: 'the storage this browser gives the site is full',
  blocked:
    'this browser does not let the site store data (a private window or strict privacy settings can do this)',
  unavailable: 'this browser offers the site no storage',
};

/** One sentence on where progress is kept. */
export function persistenceWords(status: ProgressStatus): string {
  switch (status.persistence) {
    case 'saved':
      return 'Your progress is saved in this browser on this device. It is never sent anywhere.';
    case 'memory-only':
      return `Your progress is not being saved on this device (memory only), because ${WHY_NOT_SAVED[status.storage]}. It will be lost when you close this page, so export a copy to keep it.`;
    case 'read-only-newer-version':
      return `Your progress is read-only here, because it was saved by a newer version of this site${status.newerVersion === undefined ? '' : ` (format ${status.newerVersion})`}. Reload the page to get the latest version; until then, changes on this page are not saved.`;
  }
}

/** The browser's answer to "please keep this data" (navigator.storage.persist), or null to say nothing. */
export function persistWords(status: ProgressStatus): string | null {
  if (status.persistence !== 'saved') return null;
  switch (status.persistRequest) {
    case 'granted':
      return 'Your browser agreed to keep this data: it will not clear it to free space, only if you clear it yourself.';
    case 'denied':
      return 'Your browser may clear this data if space runs low: it did not agree to keep it.';
    case 'unsupported':
    case 'failed':
      return 'Your browser may clear this data if space runs low: it could not be asked to keep it.';
    case 'asking':
      return 'Asking your browser to keep this data…';
    case 'not-asked':
      return 'The site has not asked your browser to keep this data yet; it asks when you first answer a question.';
    case 'not-kept':
      return 'Your browser may clear this data if space runs low: it has not agreed to keep it. The site asks again when you next answer a question.';
  }
}

/**
 * Reading the envelope out of the storage slot: parse safely, migrate, validate. Unreadable text is
 * moved to a backup key (written first, then the main key removed; the slot keeps that order even
 * while storage is failing), so it is never deleted and the learner can download it.
 */
import { migrate } from './migrations';
import { parseJsonSafely } from './safeJson';
import type { ProgressEnvelope } from './schema';
import type { StorageSlot } from './storageSlot';

export type StoredProgress =
  | { kind: 'empty' }
  | { kind: 'ok'; envelope: ProgressEnvelope; migratedFrom: number | undefined; raw: string }
  | { kind: 'newer'; version: number; raw: string }
  | { kind: 'unreadable'; reason: string; raw: string };

/** The key a damaged value is moved to. */
export function backupKeyFor(storageKey: string, at: number): string {
  return `${storageKey}:backup:${at}`;
}

/** Interprets stored text (null = nothing stored); pure. */
export function interpretStored(raw: string | null): StoredProgress {
  if (raw === null) return { kind: 'empty' };
  const json = parseJsonSafely(raw);
  if (!json.ok)
    return { kind: 'unreadable', raw, reason: `the saved data is not valid JSON (${json.problem})` };
  const result = migrate(json.value);
  switch (result.status) {
    case 'ok':
      return {
        kind: 'ok',
        envelope: result.data,
        migratedFrom: result.migrated ? result.fromVersion : undefined,
        raw,
      };
    case 'newer':
      return { kind: 'newer', version: result.version, raw };
    case 'unreadable':
      return { kind: 'unreadable', raw, reason: `the saved data has the wrong shape (${result.reason})` };
  }
}

/** Copies unreadable text to a backup key, then clears the main key; returns the backup key. */
export function moveToBackup(slot: StorageSlot, storageKey: string, raw: string, at: number): string {
  let backupKey = backupKeyFor(storageKey, at);
  // Two damaged values met in the same millisecond must not overwrite one another.
  for (let n = 1; n < 100 && slot.read(backupKey).value !== null; n++) {
    backupKey = `${backupKeyFor(storageKey, at)}-${n}`;
  }
  slot.write(backupKey, raw);
  slot.remove(storageKey);
  return backupKey;
}

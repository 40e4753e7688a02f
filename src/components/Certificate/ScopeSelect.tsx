import type { CertificateScope } from './certificateData';

/** Which certificate: the course or one completed unit (shared by making and checking one). */
export function ScopeSelect({
  label,
  scopes,
  value,
  onChange,
}: {
  label: string;
  scopes: readonly CertificateScope[];
  value: string | undefined;
  onChange: (scopeId: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {scopes.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
  );
}

import { type DragEvent, useId, useState } from 'react';
import type { GradebookSource } from '@site/src/classroom/gradebook';
import { SUBMISSION_MAX_BYTES, splitCodes } from '@site/src/classroom/submission';
import styles from './styles.module.css';

interface Props {
  onAdd: (sources: GradebookSource[]) => void;
}

/** The file's text ('' when it cannot be read: the parser then reports it as not a submission). */
function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text().catch(() => '');
  // jsdom and some older browsers lack Blob.text.
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => resolve('');
    reader.readAsText(file);
  });
}

/** A file too large is never read: its size alone gets it refused (SUBMISSION_MAX_BYTES). */
async function sourcesOf(files: readonly File[]): Promise<GradebookSource[]> {
  return Promise.all(
    files.map(async (file) => ({
      label: file.name,
      text: file.size > SUBMISSION_MAX_BYTES ? '' : await readText(file),
      byteLength: file.size,
    })),
  );
}

/** Ways in for submissions: a multiple file input, a drop zone, and a box for pasted codes. */
export default function GradebookInputs({ onAdd }: Props) {
  const id = useId();
  const [codes, setCodes] = useState('');
  const [codeCount, setCodeCount] = useState(0);
  const [dragging, setDragging] = useState(false);
  const addFiles = (files: FileList | null) => {
    if (files?.length) void sourcesOf([...files]).then(onAdd);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    addFiles(event.dataTransfer.files);
  };
  const addCodes = () => {
    const found = splitCodes(codes);
    onAdd(
      found.map((text, index) => ({ label: `Code ${codeCount + index + 1}`, text, byteLength: text.length })),
    );
    setCodeCount(codeCount + found.length);
    setCodes('');
  };
  return (
    <div className={styles.inputs}>
      <div>
        <label htmlFor={`${id}-files`}>Submission files (.json; choose as many as you like)</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(event) => {
            addFiles(event.target.files);
            event.target.value = '';
          }}
        />
        {/* The drop zone is a shortcut for mouse users; the file input above does the same by keyboard. */}
        <div
          className={`${styles.drop} ${dragging ? styles.dragging : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          Or drop submission files here
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-codes`}>Submission codes (paste one or more; each starts with WCMAI)</label>
        <textarea
          id={`${id}-codes`}
          rows={4}
          value={codes}
          onChange={(event) => setCodes(event.target.value)}
        />
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={addCodes}
          disabled={!codes.trim()}
        >
          Add these codes
        </button>
      </div>
    </div>
  );
}

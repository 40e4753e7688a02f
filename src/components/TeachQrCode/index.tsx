import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import styles from './styles.module.css';

interface Props {
  text: string;
  /** The accessible name, e.g. "QR code for the assignment link". */
  label: string;
}

/** The QR matrix for the text, or null when it does not fit in the largest QR code. */
function qrMatrix(text: string): boolean[][] | null {
  try {
    const code = qrcode(0, 'L');
    code.addData(text, 'Byte');
    code.make();
    const size = code.getModuleCount();
    return Array.from({ length: size }, (_, row) =>
      Array.from({ length: size }, (_, col) => code.isDark(row, col)),
    );
  } catch {
    // qrcode-generator throws "code length overflow" past version 40.
    return null;
  }
}

/**
 * A QR code as SVG built from React elements (never innerHTML): one path of dark squares, with
 * the four-module quiet zone the QR standard asks for so phones can read a printed copy.
 */
export default function TeachQrCode({ text, label }: Props) {
  const matrix = useMemo(() => qrMatrix(text), [text]);
  if (!matrix) {
    return <p>This link is too long for a QR code. Share the link as text instead, or assign fewer items.</p>;
  }
  const quiet = 4;
  const size = matrix.length + quiet * 2;
  const path = matrix
    .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x + quiet} ${y + quiet}h1v1h-1z` : '')))
    .join('');
  return (
    <svg
      className={styles.qr}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

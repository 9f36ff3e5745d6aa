/**
 * The QR code of the consent link as one SVG path, from `uqr`'s module matrix. One `<path>` for
 * all dark modules keeps the DOM small; the quiet zone (4 modules, ISO/IEC 18004) lets phones find it.
 */
import { encode } from 'uqr';

/** The drawing of a QR code: a square of `size` modules (quiet zone included) and the path of the dark ones. */
export interface QrCodeDrawing {
  /** Width and height in modules, quiet zone included (the SVG `viewBox`). */
  size: number;
  /** SVG path data: one `M x y h n v 1 h -n z` rectangle per horizontal run of dark modules. */
  path: string;
}

/** Modules of light margin around the code. */
export const QR_QUIET_ZONE = 4;

/** The SVG path of the dark modules of a matrix (`true` = dark), shifted by `offset` modules. */
export function qrPathFromMatrix(matrix: readonly (readonly boolean[])[], offset = QR_QUIET_ZONE): string {
  let path = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      const run = x - start;
      path += `M${start + offset} ${y + offset}h${run}v1h-${run}z`;
    }
  });
  return path;
}

/** Encodes a text (the consent URL) as a QR drawing, error correction M (15 % damage readable). */
export function drawQrCode(text: string, quietZone = QR_QUIET_ZONE): QrCodeDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  return { size: size + quietZone * 2, path: qrPathFromMatrix(data, quietZone) };
}

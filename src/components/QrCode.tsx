'use client';

import * as React from 'react';
import { lazyModule } from '../core/lazyModule.js';
import { joinClassNames } from '../hooks/internal/dom.js';
import { useLazyModule } from '../hooks/internal/useLazyModule.js';

/** Props of `QrCode`. */
export interface QrCodeProps
  extends Omit<React.SVGAttributes<SVGSVGElement>, 'children' | 'role' | 'viewBox'> {
  /** The text to encode (the consent URL). */
  value: string;
  /** Accessible name of the image, from the catalogue (e.g. `consent.qr`). */
  label: string;
  /** Extra class names on the `<svg>`, after the kit's. */
  className?: string;
  /** Leaves out the kit's class name. @default false */
  unstyled?: boolean;
}

// The encoder (`uqr`, ~4 kB gzip) is its own chunk, loaded the first time a code is drawn: pages
// that never show the consent hand-off do not download it. One load per page, shared by every
// `QrCode`; a failed load (offline, a blocked chunk, a new deployment) is tried again by the next
// `QrCode` that mounts, and meanwhile the link and copy lanes do the job.
const qrEncoder = lazyModule(() => import('../core/form/qr.js'));

/**
 * A QR code as an inline SVG image: one `<path>` for every dark module, a light quiet zone around
 * it. Always dark on light, whatever the theme, because phone scanners expect that. The encoder is
 * loaded on demand (a dynamic `import()`) the first time a code is drawn; meanwhile, and in server
 * markup, an empty square of the same size stands in (`aria-hidden`, `data-state="loading"`), so
 * nothing moves when the code appears. Renders nothing when the encoder cannot be loaded or the text
 * is too long to encode.
 */
export const QrCode = React.forwardRef<SVGSVGElement, QrCodeProps>(function QrCode(
  { value, label, className, unstyled = false, ...rest },
  ref,
) {
  const encoder = useLazyModule(qrEncoder);
  const { load } = encoder;
  React.useEffect(() => load(), [load]);
  const drawQrCode = encoder.module?.drawQrCode;
  const drawing = React.useMemo(() => {
    if (!drawQrCode) return null;
    try {
      return drawQrCode(value);
    } catch {
      // Longer than a version 40 code holds: a link and the copy button still work.
      return null;
    }
  }, [drawQrCode, value]);
  const classes = joinClassNames(!unstyled && 'kinship-QrCode', className);
  if (!drawQrCode && !encoder.failed) {
    // Same element, class and square viewBox as the code: the same box, so no layout shift.
    return (
      <svg
        {...rest}
        ref={ref}
        aria-hidden="true"
        className={classes}
        viewBox="0 0 1 1"
        xmlns="http://www.w3.org/2000/svg"
        data-state="loading"
      />
    );
  }
  if (!drawing) return null;
  return (
    <svg
      {...rest}
      ref={ref}
      role="img"
      aria-label={label}
      className={classes}
      viewBox={`0 0 ${drawing.size} ${drawing.size}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
      data-modules={drawing.size}
    >
      <rect width={drawing.size} height={drawing.size} fill="#ffffff" />
      <path d={drawing.path} fill="#000000" />
    </svg>
  );
});

'use client';

import * as React from 'react';
import { drawQrCode } from '../core/form/qr.js';

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

/**
 * A QR code as an inline SVG image: one `<path>` for every dark module, a light quiet zone around
 * it. Always dark on light, whatever the theme, because phone scanners expect that. Renders nothing
 * when the text is too long to encode.
 */
export const QrCode = React.forwardRef<SVGSVGElement, QrCodeProps>(function QrCode(
  { value, label, className, unstyled = false, ...rest },
  ref,
) {
  const drawing = React.useMemo(() => {
    try {
      return drawQrCode(value);
    } catch {
      // Longer than a version 40 code holds: a link and the copy button still work.
      return null;
    }
  }, [value]);
  if (!drawing) return null;
  const classes = [unstyled ? undefined : 'kinship-QrCode', className].filter(Boolean).join(' ');
  return (
    <svg
      {...rest}
      ref={ref}
      role="img"
      aria-label={label}
      className={classes || undefined}
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

// Draws an SVG picture onto a canvas and returns PNG bytes: the PNG export of a pattern view. The SVG is
// loaded as an image from a blob: URL (the CSP's img-src allows blob:), so nothing in it can run or fetch.
import type { Rasterize } from './view-export';

/** Chromium's canvas refuses sides beyond 32,767 px and large areas: a wide matrix is drawn smaller instead. */
const MAX_SIDE = 16_384;
const MAX_AREA = 128_000_000;

export const rasterizeSvg: Rasterize = async (svg, scale) => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    const width = Math.max(1, image.naturalWidth);
    const height = Math.max(1, image.naturalHeight);
    const fitted = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
    canvas.width = Math.max(1, Math.round(width * fitted));
    canvas.height = Math.max(1, Math.round(height * fitted));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the canvas gave no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};

import { useEffect, type RefObject } from 'react';

/** Repaints a canvas's pixels whenever `paint`'s inputs change (paint is memoised by the caller). */
export function useCanvasPaint(
  ref: RefObject<HTMLCanvasElement | null>,
  resolution: number,
  paint: ((pixels: Uint8ClampedArray) => void) | null,
): void {
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !paint) return;
    if (canvas.width !== resolution) canvas.width = canvas.height = resolution;
    const image = context.createImageData(resolution, resolution);
    paint(image.data);
    context.putImageData(image, 0, 0);
  }, [ref, resolution, paint]);
}

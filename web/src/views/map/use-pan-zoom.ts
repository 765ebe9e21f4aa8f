// Pan (drag) and zoom (wheel, double click) on the map's svg, as updates of a Transform.
// Returns a ref telling whether the last press became a drag, so that a click ending a drag selects nothing.
import { useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { panBy, zoomAbout, type Transform } from '../../lib/viewport.ts';

const DRAG_THRESHOLD = 4; // px: a shakier click than this is a drag
const WHEEL_STEP = 0.002; // zoom factor per pixel of wheel delta: exp(-deltaY * step)

export function usePanZoom(svgRef: RefObject<SVGSVGElement | null>, setT: Dispatch<SetStateAction<Transform>>): RefObject<boolean> {
  const dragged = useRef(false);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const local = (e: MouseEvent) => {
      const r = svg.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top] as const;
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault(); // the page must not scroll under the map
      const lines = e.deltaMode === 1 ? 20 : e.deltaMode === 2 ? 400 : 1;
      const [x, y] = local(e);
      setT((t) => zoomAbout(t, Math.exp(-e.deltaY * lines * WHEEL_STEP), x, y));
    };
    const onDblClick = (e: MouseEvent) => {
      const [x, y] = local(e);
      setT((t) => zoomAbout(t, e.shiftKey ? 0.5 : 2, x, y));
    };
    let stop = () => {};
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      dragged.current = false;
      const start = { x: e.clientX, y: e.clientY };
      let last = start;
      const onMove = (m: PointerEvent) => {
        if (!dragged.current && Math.hypot(m.clientX - start.x, m.clientY - start.y) < DRAG_THRESHOLD) return;
        dragged.current = true;
        svg.classList.add('dragging');
        const dx = m.clientX - last.x;
        const dy = m.clientY - last.y;
        last = { x: m.clientX, y: m.clientY };
        setT((t) => panBy(t, dx, dy));
      };
      stop = () => {
        removeEventListener('pointermove', onMove);
        removeEventListener('pointerup', stop);
        removeEventListener('pointercancel', stop);
        svg.classList.remove('dragging');
      };
      addEventListener('pointermove', onMove);
      addEventListener('pointerup', stop);
      addEventListener('pointercancel', stop);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    svg.addEventListener('dblclick', onDblClick);
    svg.addEventListener('pointerdown', onDown);
    return () => {
      stop();
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('dblclick', onDblClick);
      svg.removeEventListener('pointerdown', onDown);
    };
  }, [svgRef, setT]);
  return dragged;
}

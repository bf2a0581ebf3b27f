import { useEffect, useLayoutEffect } from 'react';

/**
 * A layout effect in the browser (runs before paint, so moving focus with the keyboard lands in the same
 * frame), a plain effect on the server (where React 18 warns about layout effects).
 */
export const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

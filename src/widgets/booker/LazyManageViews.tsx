import { lazyModule } from '../../core/parts/LazyView';

// Rescheduling and cancelling happen after a booking, if ever, yet their views (a second calendar, the cancel
// step, their strings) weigh about a fifth of the Booker: they arrive as their own chunk, prefetched while the
// visitor fills in the form, so the first screen shows sooner and the bundle stays within budget. The script
// build inlines the chunk.
export const manageViews = lazyModule(() => import('./manageViews'));

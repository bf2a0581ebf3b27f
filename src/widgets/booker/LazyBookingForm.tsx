import type { ReactNode } from 'react';
import { LazyView, lazyModule } from '../../core/parts/LazyView';
import type { BookingFormProps } from '../booking-form/BookingForm';

// The form is the Booker's second step and about a third of its code: it arrives as its own chunk while the
// visitor is still picking a time (prefetched on mount), so the first step shows sooner and the bundle stays
// within budget. The script build inlines the chunk.
const bookingForm = lazyModule(() => import('../booking-form/BookingForm'));

export const prefetchBookingForm = bookingForm.prefetch;

export function LazyBookingForm({ fallback, ...props }: BookingFormProps & { fallback: ReactNode }) {
  return (
    <LazyView
      module={bookingForm}
      fallback={fallback}
      render={({ BookingForm }) => <BookingForm {...props} />}
    />
  );
}

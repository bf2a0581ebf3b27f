import { type ReactNode, useEffect, useState } from 'react';
import { ConveneError } from '../../core/errors';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import type { BookingFormProps } from '../booking-form/BookingForm';

// The form is the Booker's second step and about a third of its code: it arrives as its own chunk while the
// visitor is still picking a time (prefetched on mount), so the first step shows sooner and the bundle stays
// within budget. The script build inlines the chunk. Not React.lazy: a lazy component suspends on its first
// render even when its code is already here, which would flash "Loading…" on every step change.
type BookingFormModule = typeof import('../booking-form/BookingForm');

let loaded: BookingFormModule | undefined;
let loading: Promise<BookingFormModule> | undefined;

export function prefetchBookingForm(): Promise<BookingFormModule> {
  loading ??= import('../booking-form/BookingForm').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined; // the next attempt fetches again
      throw error;
    },
  );
  return loading;
}

export function LazyBookingForm({ fallback, ...props }: BookingFormProps & { fallback: ReactNode }) {
  const [module, setModule] = useState(loaded);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (module) return;
    let current = true;
    // `attempt` re-runs this after a failed fetch when the visitor presses retry.
    void attempt;
    prefetchBookingForm().then(
      (next) => current && setModule(next),
      (error: unknown) => current && setFailure(new ConveneError('network', String(error), { cause: error })),
    );
    return () => {
      current = false;
    };
  }, [module, attempt]);

  if (module) return <module.BookingForm {...props} />;
  if (failure) {
    return (
      <ErrorMessage
        error={failure}
        onRetry={() => {
          setFailure(undefined);
          setAttempt((count) => count + 1);
        }}
      />
    );
  }
  return fallback;
}

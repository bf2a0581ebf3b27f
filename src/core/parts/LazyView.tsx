import { type ReactNode, useEffect, useState } from 'react';
import { useConvene } from '../context';
import { ConveneError } from '../errors';
import { useCatalogsReady } from '../i18n/useCatalogsReady';
import { ErrorMessage } from './ErrorMessage';

/**
 * A part of a widget that arrives as its own chunk (the Booker's form step, its manage views): fetched once,
 * shared by every widget on the page, and fetched again only after a failure. Not React.lazy: a lazy component
 * suspends on its first render even when its code is already here, which would flash "Loading…" on every
 * step change.
 */
export interface LazyModule<Module> {
  prefetch: () => Promise<Module>;
  loaded: () => Module | undefined;
}

export function lazyModule<Module>(load: () => Promise<Module>): LazyModule<Module> {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  return {
    loaded: () => loaded,
    prefetch: () => {
      loading ??= load().then(
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
    },
  };
}

/**
 * Renders the part once its code is here and, in Dutch or French, once the strings it brought are too
 * (they register when the chunk runs): until then `fallback`, so no English flashes by. A failed fetch
 * shows the error with a retry.
 */
export function LazyView<Module>({
  module: lazy,
  fallback,
  render,
}: {
  module: LazyModule<Module>;
  fallback: ReactNode;
  render: (module: Module) => ReactNode;
}) {
  const { locale } = useConvene();
  const [module, setModule] = useState(lazy.loaded);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const stringsReady = useCatalogsReady(locale.catalog);

  useEffect(() => {
    if (module) return;
    let current = true;
    // `attempt` re-runs this after a failed fetch when the visitor presses retry.
    void attempt;
    lazy.prefetch().then(
      (next) => current && setModule(() => next),
      (error: unknown) => current && setFailure(new ConveneError('network', String(error), { cause: error })),
    );
    return () => {
      current = false;
    };
  }, [lazy, module, attempt]);

  if (module && stringsReady) return render(module);
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

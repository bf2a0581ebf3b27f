import { ConveneError } from '../core/errors';
import { ErrorMessage } from '../core/parts/ErrorMessage';
import { WidgetRoot } from '../core/parts/WidgetRoot';
import { createConveneElement, defineElement } from './ConveneElement';

/** Registers every Convene custom element (idempotent). */
export function registerConveneElements(): void {
  defineElement(
    'convene-probe',
    createConveneElement({
      attributes: [],
      render: () => (
        <WidgetRoot widget="probe">
          <ErrorMessage error={new ConveneError('network', 'x')} onRetry={() => {}} />
        </WidgetRoot>
      ),
    }),
  );
}

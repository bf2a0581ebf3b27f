import MockDate from 'mockdate';
import { renderToString } from 'react-dom/server';
import { createQueryClient } from '../../src/core/queryClient';
import { FIXED_NOW } from '../clock';
import { HostedWidgets } from './HostedWidgets';

/**
 * What a host's server sends for HostedWidgets (run in Node by the `renderOnServer` command), at the
 * same fixed instant the browser's clock is on, so only language and zone can differ.
 */
export function renderServerMarkup(proxyUrl: string): string {
  MockDate.set(FIXED_NOW);
  try {
    return renderToString(<HostedWidgets proxyUrl={proxyUrl} queryClient={createQueryClient()} />);
  } finally {
    MockDate.reset();
  }
}

import { act, renderHook } from '@testing-library/react';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { useSessionDraft } from './useSessionDraft';

afterEach(() => sessionStorage.clear());

function Probe() {
  const [value] = useSessionDraft('convene:test', 'initial');
  return createElement('span', null, value);
}

describe('useSessionDraft', () => {
  it('keeps typed input across a remount (a reload) until cleared', () => {
    const first = renderHook(() => useSessionDraft('convene:test', { name: '' }));
    act(() => first.result.current[1]({ name: 'Ada' }));
    first.unmount();

    const second = renderHook(() => useSessionDraft('convene:test', { name: '' }));
    expect(second.result.current[0]).toEqual({ name: 'Ada' });

    act(() => second.result.current[2]());
    expect(second.result.current[0]).toEqual({ name: '' });
    expect(sessionStorage.getItem('convene:test')).toBeNull();
  });

  it('ignores a corrupt stored draft', () => {
    sessionStorage.setItem('convene:test', '{not json');
    const { result } = renderHook(() => useSessionDraft('convene:test', 'fresh'));
    expect(result.current[0]).toBe('fresh');
  });

  it('renders the initial value on the server even when a draft exists', () => {
    sessionStorage.setItem('convene:test', JSON.stringify('stored'));
    expect(renderToString(createElement(Probe))).toContain('initial');
  });
});

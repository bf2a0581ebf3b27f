import { describe, expect, it } from 'vitest';
import { eventOfManageToken, manageTokenFromFragment } from './manageToken';

const b64 = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const token = (payload: unknown) => `${b64({ alg: 'HS256' })}.${b64(payload)}.sig`;

describe('manage token in the browser', () => {
  it('names the bound event of a booking:manage token', () => {
    expect(eventOfManageToken(token({ scope: 'booking:manage', bind: { event: 1001 } }))).toBe(1001);
  });

  it.each([
    ['another scope', token({ scope: 'invite:workspace', bind: { event: 1 } })],
    ['no binding', token({ scope: 'booking:manage' })],
    ['a path in the binding', token({ scope: 'booking:manage', bind: { event: '1/../../poll' } })],
    ['not JSON', 'a.%%%.c'],
    ['empty', ''],
  ])('nothing for %s', (_name, value) => {
    expect(eventOfManageToken(value)).toBeUndefined();
  });

  it('reads #convene-manage=… and refuses anything that cannot be a token', () => {
    expect(manageTokenFromFragment('#convene-manage=aaa.bbb.ccc')).toBe('aaa.bbb.ccc');
    expect(manageTokenFromFragment('#other=1&convene-manage=aaa.bbb.ccc')).toBe('aaa.bbb.ccc');
    expect(manageTokenFromFragment('#convene-manage=<script>')).toBeUndefined();
    expect(manageTokenFromFragment('')).toBeUndefined();
  });
});

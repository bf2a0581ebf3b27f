import { type KeyboardEvent, useRef, useState } from 'react';
import type { Translate } from '../../core/i18n/catalog';
import { describeResult } from './describeResult';
import type { InviteResult } from './inviteResult';
import type { MemberInviteMessageKey } from './messages';
import type { ParsedAddress } from './parseAddresses';

export interface AddressChipsProps {
  addresses: readonly ParsedAddress[];
  results: ReadonlyMap<string, InviteResult>;
  onRemove: (address: ParsedAddress) => void;
  /** Where focus goes when the last chip is removed. */
  onEmpty: () => void;
  disabled: boolean;
  t: Translate<MemberInviteMessageKey>;
}

/** A thousand pasted addresses stay light: the first ones as chips, the rest behind one button. */
const SHOWN_AT_FIRST = 100;

/**
 * One chip per address: the address, why it is invalid or what happened to it, and a labelled remove
 * button. Backspace or Delete on a chip removes it and moves focus to its neighbour.
 */
export function AddressChips({ addresses, results, onRemove, onEmpty, disabled, t }: AddressChipsProps) {
  const [showAll, setShowAll] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = showAll ? addresses : addresses.slice(0, SHOWN_AT_FIRST);

  const remove = (index: number) => {
    const address = shown[index];
    if (!address) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.convene-invite-chip-remove');
    const neighbour = buttons?.[index + 1] ?? buttons?.[index - 1];
    onRemove(address);
    if (neighbour) neighbour.focus();
    else onEmpty();
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (event.key === 'Backspace' || event.key === 'Delete') {
      event.preventDefault();
      remove(index);
    }
  };

  if (addresses.length === 0) return null;
  return (
    <>
      <ul ref={listRef} className="convene-invite-chips">
        {shown.map((address, index) => {
          const result = results.get(address.key);
          const note = address.invalid
            ? t(`invalid.${address.invalid}`)
            : result
              ? describeResult(result, t)
              : undefined;
          return (
            <li
              key={address.key}
              className="convene-invite-chip"
              data-invalid={address.invalid ? '' : undefined}
              data-status={result?.status}
            >
              <span className="convene-invite-chip-address">
                {address.name ? `${address.name} <${address.email}>` : address.raw}
              </span>
              {note ? <span className="convene-invite-chip-note">{note}</span> : null}
              <button
                type="button"
                className="convene-invite-chip-remove"
                aria-label={t('invite.remove', { email: address.email || address.raw })}
                disabled={disabled}
                onClick={() => remove(index)}
                onKeyDown={onKeyDown(index)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length < addresses.length ? (
        <button type="button" className="convene-button" onClick={() => setShowAll(true)}>
          {t('invite.more', { count: addresses.length })}
        </button>
      ) : null}
    </>
  );
}

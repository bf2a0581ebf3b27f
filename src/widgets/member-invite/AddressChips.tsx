import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { Translate } from '../../core/i18n/catalog';
import { useFocusAfterRender } from '../../core/useFocusAfterRender';
import { describeResult } from './describeResult';
import type { InviteResult } from './inviteResult';
import type { MemberInviteMessageKey } from './messages';
import type { ParsedAddress } from './parseAddresses';

export interface AddressChipsProps {
  addresses: readonly ParsedAddress[];
  results: ReadonlyMap<string, InviteResult>;
  onRemove: (address: ParsedAddress) => void;
  /** An invalid address corrected in place: the list checks the new text where the old one stood. */
  onEdit: (address: ParsedAddress, text: string) => void;
  /** Where focus goes when the last chip is removed. */
  onEmpty: () => void;
  disabled: boolean;
  t: Translate<MemberInviteMessageKey>;
}

/** A thousand pasted addresses stay light: the first ones as chips, the rest behind one button. */
const SHOWN_AT_FIRST = 100;

/**
 * One chip per address: the address, why it is invalid or what happened to it, and a labelled remove
 * button. An invalid address is a text field, so it can be fixed where it is. Backspace or Delete on a
 * remove button removes the chip and moves focus to its neighbour.
 */
export function AddressChips(props: AddressChipsProps) {
  const { addresses, results, onRemove, onEmpty, disabled, t } = props;
  const [showAll, setShowAll] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const idPrefix = useId();
  const focusAfterRender = useFocusAfterRender();
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
  const commitEdit = (address: ParsedAddress, index: number, text: string, keepFocus: boolean) => {
    if (text.trim() === address.raw) return;
    props.onEdit(address, text);
    // The corrected chip is a new element: the person stays on it (its field if still invalid).
    if (keepFocus)
      focusAfterRender(
        () =>
          listRef.current?.children[index]?.querySelector<HTMLElement>(
            '.convene-invite-chip-edit, .convene-invite-chip-remove',
          ) ?? undefined,
      );
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
          const noteId = `${idPrefix}-${index}-note`;
          return (
            <li
              key={address.key}
              className="convene-invite-chip"
              data-invalid={address.invalid ? '' : undefined}
              data-status={result?.status}
            >
              <span className="convene-invite-chip-text">
                {address.invalid ? (
                  <input
                    className="convene-invite-chip-edit"
                    defaultValue={address.raw}
                    size={Math.max(8, address.raw.length)}
                    aria-label={t('invite.edit', { raw: address.raw })}
                    aria-invalid
                    aria-describedby={noteId}
                    spellCheck={false}
                    autoCapitalize="off"
                    disabled={disabled}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') {
                        // Enter checks this address; it must not send the whole form.
                        event.preventDefault();
                        commitEdit(address, index, event.currentTarget.value, true);
                      } else if (event.key === 'Escape') {
                        event.currentTarget.value = address.raw;
                      }
                    }}
                    onBlur={(event) => commitEdit(address, index, event.currentTarget.value, false)}
                  />
                ) : (
                  <span className="convene-invite-chip-address">
                    {address.name ? `${address.name} <${address.email}>` : address.raw}
                  </span>
                )}
                {note ? (
                  <span id={noteId} className="convene-invite-chip-note">
                    {note}
                  </span>
                ) : null}
              </span>
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

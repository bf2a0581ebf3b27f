import { useReducer } from 'react';
import type { InviteResult } from './inviteResult';
import { type ParsedAddress, parseAddresses } from './parseAddresses';

/** The list the person builds before sending, plus what came back per address. */
export interface AddressListState {
  addresses: ParsedAddress[];
  /** Duplicates merged by the last paste; the widget announces it once, then it is cleared. */
  lastDuplicatesMerged: number;
  /** Keyed by `ParsedAddress.key`; absent until that address was sent. */
  results: ReadonlyMap<string, InviteResult>;
}

export type AddressListAction =
  | { type: 'paste'; text: string }
  | { type: 'remove'; key: string }
  /** The person corrected an address in place: it is checked again where it stood. */
  | { type: 'edit'; key: string; text: string }
  | { type: 'clear' }
  | { type: 'results'; results: readonly InviteResult[] };

export const emptyAddressList: AddressListState = {
  addresses: [],
  lastDuplicatesMerged: 0,
  results: new Map(),
};

export function addressListReducer(state: AddressListState, action: AddressListAction): AddressListState {
  switch (action.type) {
    case 'paste': {
      const { addresses, duplicatesMerged } = parseAddresses(action.text, state.addresses);
      return { ...state, addresses, lastDuplicatesMerged: duplicatesMerged };
    }
    case 'remove': {
      const results = new Map(state.results);
      results.delete(action.key);
      return {
        addresses: state.addresses.filter((address) => address.key !== action.key),
        lastDuplicatesMerged: 0,
        results,
      };
    }
    case 'edit': {
      const index = state.addresses.findIndex((address) => address.key === action.key);
      if (index === -1) return state;
      const others = state.addresses.filter((_, i) => i !== index);
      const { addresses, duplicatesMerged } = parseAddresses(action.text, others);
      const corrected = addresses.slice(others.length);
      return {
        ...state,
        addresses: [...others.slice(0, index), ...corrected, ...others.slice(index)],
        lastDuplicatesMerged: duplicatesMerged,
      };
    }
    case 'clear':
      return emptyAddressList;
    case 'results': {
      const results = new Map(state.results);
      for (const result of action.results) results.set(result.email.toLowerCase(), result);
      return { ...state, results };
    }
  }
}

/** Addresses worth sending now: valid, and not already invited or known as members. */
export function sendableAddresses(state: AddressListState): ParsedAddress[] {
  return state.addresses.filter((address) => {
    if (address.invalid) return false;
    const status = state.results.get(address.key)?.status;
    return status !== 'invited' && status !== 'already_member';
  });
}

/** The addresses whose last attempt failed or was rate-limited, for "retry" and "copy the failed ones". */
export function failedAddresses(state: AddressListState): ParsedAddress[] {
  return state.addresses.filter((address) => {
    const status = state.results.get(address.key)?.status;
    return status === 'failed' || status === 'rate_limited';
  });
}

export function useAddressList() {
  return useReducer(addressListReducer, emptyAddressList);
}

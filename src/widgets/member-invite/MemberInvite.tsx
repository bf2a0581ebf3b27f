import {
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Directory } from '../../client/invites/inviteBatch';
import { useConvene } from '../../core/context';
import { ConveneError } from '../../core/errors';
import { createTranslator } from '../../core/i18n/catalog';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { WidgetRoot } from '../../core/parts/WidgetRoot';
import { useFocusAfterRender } from '../../core/useFocusAfterRender';
import { AddressChips } from './AddressChips';
import { failedAddresses, sendableAddresses, useAddressList } from './addressList';
import { DirectoryFields } from './DirectoryFields';
import type { InviteResult } from './inviteResult';
import { memberInviteMessages } from './messages';
import { parseAddresses } from './parseAddresses';
import { countResults, summarizeResults } from './resultSummary';
import { useInviteSend } from './useInviteSend';
import './memberInvite.css';

export interface MemberInviteProps {
  directory: Directory;
  /** Every address's outcome once a send is done (also for a retry of the failed ones). */
  onInvited?: ((results: InviteResult[]) => void) | undefined;
  /** Workspace: the access groups the inviter may choose from (the proxy checks them against the site). */
  accessGroups?: readonly string[] | undefined;
  /** Workspace: the invitation text to start from. */
  defaultInviteMessage?: string | undefined;
  /** MeltingSpot: offer "send the invitation email" (only when the site leaves it to the inviter). */
  askEmailNotification?: boolean | undefined;
  /** Cal.com: the platform OAuth client the site serves. */
  clientId?: string | undefined;
}

/** Paste many addresses, check them, invite them to a directory, and see per address what happened. */
export function MemberInvite(props: MemberInviteProps) {
  const { locale, timeZone } = useConvene();
  const t = useMemo(() => createTranslator(memberInviteMessages, locale), [locale]);
  const id = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const [state, dispatch] = useAddressList();
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const [inviteMessage, setInviteMessage] = useState(
    props.defaultInviteMessage ?? t('invite.messageDefault'),
  );
  const [groups, setGroups] = useState<string[]>([]);
  const [notify, setNotify] = useState(true);
  const [tried, setTried] = useState(false);
  const [lastError, setLastError] = useState<ConveneError | null>(null);
  const { send, progress } = useInviteSend((results) => {
    dispatch({ type: 'results', results });
    const failure = results.find(
      (r) => r.status === 'failed' && (r.code === 'invalid_token' || r.code === 'scope_denied'),
    );
    if (failure?.status === 'failed')
      setLastError(new ConveneError(failure.code === 'scope_denied' ? 'scope_denied' : 'invalid_token', ''));
  });

  // How many addresses the last paste added is known once the reducer ran: announce it then.
  const countBeforePaste = useRef<number | null>(null);
  const addressCount = state.addresses.length;
  useEffect(() => {
    if (countBeforePaste.current === null) return;
    setAnnouncement(t('invite.added', { count: Math.max(0, addressCount - countBeforePaste.current) }));
    countBeforePaste.current = null;
  }, [addressCount, t]);
  const add = (value: string) => {
    if (!value.trim()) return;
    countBeforePaste.current = state.addresses.length;
    dispatch({ type: 'paste', text: value });
    setText('');
  };
  const sendable = sendableAddresses(state);
  const failed = failedAddresses(state);
  const invalidCount = state.addresses.filter((a) => a.invalid).length;
  const summary = summarizeResults(countResults(state.results, invalidCount), t);
  const messageMissing = props.directory === 'workspace' && !inviteMessage.trim();
  const sending = progress !== null;

  const settings = {
    directory: props.directory,
    timeZone,
    inviteMessage: inviteMessage.trim(),
    accessGroups: groups,
    clientId: props.clientId,
    withEmailNotification: props.askEmailNotification ? notify : undefined,
  };
  const run = async (addresses: typeof sendable) => {
    setLastError(null);
    const results = await send(addresses, settings);
    if (!results) return;
    // The outcome is the summary's to tell (a status that keeps up with retries), not "5 addresses added".
    setAnnouncement('');
    // The send button was disabled while sending, which dropped focus to <body>: land on the outcome.
    focusAfterRender(() => summaryRef.current);
    props.onInvited?.(results);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) add(text);
    setTried(true);
    if (messageMissing || sendable.length === 0) return;
    void run(sendable);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      add(text);
    }
    if (event.key === 'Backspace' && !text) {
      const buttons = event.currentTarget.form?.querySelectorAll<HTMLButtonElement>(
        '.convene-invite-chip-remove',
      );
      buttons?.[buttons.length - 1]?.focus();
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    event.preventDefault();
    add(`${text} ${event.clipboardData.getData('text')}`);
  };

  return (
    <WidgetRoot widget="member-invite">
      <form className="convene-invite" noValidate onSubmit={onSubmit}>
        <h2 className="convene-invite-title">{t(`invite.title.${props.directory}`)}</h2>
        <div className="convene-form-field">
          <label className="convene-form-label" htmlFor={`${id}-addresses`}>
            {t('invite.addresses')}
          </label>
          <p id={`${id}-hint`} className="convene-form-hint">
            {t('invite.addressesHint')}
          </p>
          <div className="convene-invite-entry">
            <textarea
              ref={inputRef}
              id={`${id}-addresses`}
              className="convene-form-input"
              rows={3}
              aria-describedby={`${id}-hint ${id}-count`}
              value={text}
              disabled={sending}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={onKeyDown}
              onPaste={onPaste}
              onBlur={() => add(text)}
            />
            <button
              type="button"
              className="convene-button"
              disabled={sending || !text.trim()}
              onClick={() => add(text)}
            >
              {t('invite.add')}
            </button>
          </div>
        </div>
        <p id={`${id}-count`} className="convene-invite-count">
          {t('invite.count', { count: state.addresses.length })}
          {invalidCount > 0 ? ` · ${t('invite.invalidCount', { count: invalidCount })}` : ''}
          {state.lastDuplicatesMerged > 0
            ? ` · ${t('parse.duplicatesMerged', { count: state.lastDuplicatesMerged })}`
            : ''}
        </p>
        <AddressChips
          addresses={state.addresses}
          results={state.results}
          disabled={sending}
          t={t}
          onRemove={(address) => {
            dispatch({ type: 'remove', key: address.key });
            setAnnouncement(t('invite.removed', { email: address.email || address.raw }));
          }}
          onEdit={(address, edited) => {
            dispatch({ type: 'edit', key: address.key, text: edited });
            const [corrected] = parseAddresses(edited).addresses;
            if (corrected)
              setAnnouncement(
                corrected.invalid
                  ? t('invite.stillInvalid', {
                      raw: corrected.raw,
                      reason: t(`invalid.${corrected.invalid}`),
                    })
                  : t('invite.fixed', { email: corrected.email }),
              );
          }}
          onEmpty={() => inputRef.current?.focus()}
        />
        <DirectoryFields
          {...props}
          t={t}
          id={id}
          inviteMessage={inviteMessage}
          setInviteMessage={setInviteMessage}
          groups={groups}
          setGroups={setGroups}
          notify={notify}
          setNotify={setNotify}
          messageError={tried && messageMissing ? t('invite.messageRequired') : undefined}
        />
        {tried && sendable.length === 0 && state.results.size === 0 ? (
          <p className="convene-form-error" role="alert">
            {t('invite.nothingToSend')}
          </p>
        ) : null}
        {lastError ? <ErrorMessage error={lastError} /> : null}
        {progress ? (
          <div className="convene-invite-progress">
            <progress
              id={`${id}-progress`}
              max={progress.total}
              value={progress.done}
              aria-label={t('send.progress', { ...progress })}
            />
            <span>{t('send.progress', { ...progress })}</span>
          </div>
        ) : null}
        {state.results.size > 0 && !sending ? (
          <section className="convene-invite-results" aria-labelledby={`${id}-results`}>
            <h3 id={`${id}-results`}>{t('invite.results')}</h3>
            <p ref={summaryRef} className="convene-invite-summary" role="status" tabIndex={-1}>
              {summary}
            </p>
            {failed.length > 0 ? (
              <div className="convene-invite-actions">
                <button type="button" className="convene-button" onClick={() => void run(failed)}>
                  {t('invite.retryFailed')}
                </button>
                <button
                  type="button"
                  className="convene-button"
                  onClick={() => {
                    void navigator.clipboard?.writeText(failed.map((a) => a.email).join('\n'));
                    setAnnouncement(t('invite.copied'));
                  }}
                >
                  {t('invite.copyFailed')}
                </button>
              </div>
            ) : null}
          </section>
        ) : null}
        <button type="submit" className="convene-button" data-variant="primary" disabled={sending}>
          {sending ? t('invite.sending') : t('invite.send', { count: sendable.length })}
        </button>
        <p className="convene-visually-hidden" role="status">
          {announcement}
        </p>
      </form>
    </WidgetRoot>
  );
}

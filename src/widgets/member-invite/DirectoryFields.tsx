import type { Translate } from '../../core/i18n/catalog';
import type { MemberInviteProps } from './MemberInvite';
import type { MemberInviteMessageKey } from './messages';

interface DirectoryFieldsProps extends MemberInviteProps {
  t: Translate<MemberInviteMessageKey>;
  id: string;
  inviteMessage: string;
  setInviteMessage: (value: string) => void;
  groups: string[];
  setGroups: (value: string[]) => void;
  notify: boolean;
  setNotify: (value: boolean) => void;
  messageError: string | undefined;
}

/**
 * What a directory asks of the inviter besides addresses. Everything the site pins (role profiles,
 * identity provider, the OAuth client, a fixed notification choice) is not asked at all: the proxy sets it.
 */
export function DirectoryFields(props: DirectoryFieldsProps) {
  const { t, id } = props;
  if (props.directory === 'meltingspot' && props.askEmailNotification) {
    return (
      <label className="convene-invite-check">
        <input
          type="checkbox"
          checked={props.notify}
          onChange={(event) => props.setNotify(event.target.checked)}
        />
        {t('invite.notify')}
      </label>
    );
  }
  if (props.directory !== 'workspace') return null;
  return (
    <>
      <div className="convene-form-field" data-invalid={props.messageError ? '' : undefined}>
        <label className="convene-form-label" htmlFor={`${id}-message`}>
          {t('invite.message')}
        </label>
        <textarea
          id={`${id}-message`}
          className="convene-form-input"
          rows={3}
          maxLength={2000}
          required
          aria-invalid={props.messageError ? true : undefined}
          aria-describedby={props.messageError ? `${id}-message-error` : undefined}
          value={props.inviteMessage}
          onChange={(event) => props.setInviteMessage(event.target.value)}
        />
        {props.messageError ? (
          <p id={`${id}-message-error`} className="convene-form-error">
            {props.messageError}
          </p>
        ) : null}
      </div>
      {props.accessGroups && props.accessGroups.length > 0 ? (
        <fieldset className="convene-form-field">
          <legend className="convene-form-label">{t('invite.accessGroups')}</legend>
          {props.accessGroups.map((group) => (
            <label key={group} className="convene-invite-check">
              <input
                type="checkbox"
                checked={props.groups.includes(group)}
                onChange={(event) =>
                  props.setGroups(
                    event.target.checked ? [...props.groups, group] : props.groups.filter((g) => g !== group),
                  )
                }
              />
              {group}
            </label>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}

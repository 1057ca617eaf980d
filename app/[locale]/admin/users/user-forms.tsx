'use client';
// Invite a council member or staff member, and change a user's role.
import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { changeUserRoleAction, inviteUserAction } from '@/lib/users/actions';
import { AdminFormMessage } from '../_components/admin-form-message';
import { useAdminForm } from '../_components/use-admin-form';
import { EMAIL_MAX } from '@/lib/validation/limits';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

export function InviteForm({ action, roles }: { action: typeof inviteUserAction; roles: readonly string[] }) {
  const t = useTranslations('admin.users.invite');
  const tRole = useTranslations('common.roles');
  const { state, formAction, field } = useAdminForm(action);
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <AdminFormMessage state={state} />
      <TextField label={t('email')} {...field('email')} type="email" autoComplete="off" required maxLength={EMAIL_MAX} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          label={t('role')}
          {...field('role', 'council')}
          options={roles.map((r) => ({ value: r, label: withRuntimeKeys(tRole)(r) }))}
        />
        <SelectField
          label={t('language')}
          hint={t('languageHint')}
          {...field('locale', 'da')}
          options={[
            { value: 'da', label: t('danish') },
            { value: 'en', label: t('english') },
          ]}
        />
      </div>
      <SubmitButton pendingLabel={t('sending')}>{t('submit')}</SubmitButton>
    </form>
  );
}

export function RoleForm({
  action,
  user,
  roles,
}: {
  action: typeof changeUserRoleAction;
  user: { id: string; role: string; label: string };
  roles: readonly string[];
}) {
  const t = useTranslations('admin.users');
  const tRole = useTranslations('common.roles');
  const { state, formAction, errors } = useAdminForm(action);
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-end gap-2">
      <div className="w-full">
        <AdminFormMessage state={state} />
      </div>
      <input type="hidden" name="userId" value={user.id} />
      <div className="min-w-48 [&>div]:mb-0">
        <SelectField
          label={t('roleFor', { name: user.label })}
          name="role"
          defaultValue={user.role}
          errors={errors?.role}
          options={roles.map((r) => ({ value: r, label: withRuntimeKeys(tRole)(r) }))}
        />
      </div>
      <SubmitButton variant="secondary" pendingLabel={t('working')}>{t('changeRole')}</SubmitButton>
    </form>
  );
}

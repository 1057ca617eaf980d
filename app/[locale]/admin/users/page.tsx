import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { roles } from '@/db/schema';
import { requirePageAccess } from '@/lib/auth/gate';
import type { Role } from '@/lib/auth/permissions';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { readPendingInvitations, readUsersForAdmin } from '@/lib/users/queries';
import { changeUserRoleAction, deactivateUserAction, inviteUserAction, reactivateUserAction, revokeInvitationAction } from '@/lib/users/actions';
import { invitableRoles } from '@/lib/users/schema';
import { ConfirmAction } from '../_components/confirm-action';
import { InviteForm, RoleForm } from './user-forms';
import { readSearchQuery } from '@/lib/admin/search-filters';
import { FilterSelect } from '../_components/filter-select';
import { SearchInput } from '../_components/search-input';
import { AdminClientMessages } from '../_components/admin-client-messages';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[]; role?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.users' });
  return { title: t('title'), robots: { index: false } };
}

export default async function UsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const me = await requirePageAccess('user.manage', '/admin/users');
  const t = await getTranslations('admin.users');
  const tRole = await getTranslations('common.roles');
  const search = await searchParams;
  const role = (roles as readonly string[]).includes(search.role ?? '') ? (search.role as Role) : undefined;
  // An over-long search is refused next to the field, and the list is not run.
  const { q, errors: qErrors } = readSearchQuery(search.q);
  const db = await getDb();
  const [users, invitations] = await Promise.all([qErrors ? [] : readUsersForAdmin(db, { q, role }), readPendingInvitations(db)]);
  return (
    <AdminClientMessages paths={['admin.users']}>
      <>
        <PageHeader title={t('title')} intro={t('intro')} />

        <section aria-labelledby="users-invite" className="mb-10 rounded-lg border border-zinc-300 p-5">
          <h2 id="users-invite" className="mb-2 text-xl font-bold">{t('invite.title')}</h2>
          <p className="mb-4 text-muted">{t('invite.intro')}</p>
          <InviteForm action={inviteUserAction} roles={invitableRoles} />
          {invitations.length ? (
            <>
              <h3 className="mt-6 mb-2 text-lg font-bold">{t('invite.pending')}</h3>
              <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
                {invitations.map((inv) => (
                  <li key={inv.email} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
                    <span>
                      <span className="font-semibold">{inv.email}</span> · {tRole(inv.role)} ·{' '}
                      {t('invite.invitedOn', { date: formatShortDate(inv.createdAt, locale), by: inv.invitedBy ?? '–' })}
                    </span>
                    <ConfirmAction
                      action={revokeInvitationAction}
                      hidden={{ email: inv.email }}
                      label={t('invite.revoke')}
                      question={t('invite.revokeQuestion', { email: inv.email })}
                      confirmLabel={t('invite.revokeConfirm')}
                    />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <section aria-labelledby="users-list">
          <h2 id="users-list" className="mb-3 text-2xl font-bold">{t('listTitle')}</h2>
          <form method="get" role="search" aria-label={t('filterLabel')} className="mb-4 flex flex-wrap items-end gap-2">
            <div className="grow">
              <label htmlFor="user-q" className="block font-semibold">{t('search')}</label>
              <SearchInput id="user-q" name="q" defaultValue={q} errors={qErrors} className="mt-1 block w-full rounded-md border border-zinc-500 px-3 py-2" />
            </div>
            <FilterSelect id="user-role" name="role" label={t('role')} anyLabel={t('anyRole')} value={role} className="mt-1 block rounded-md border border-zinc-500 bg-white px-3 py-2">
              {roles.map((r) => <option key={r} value={r}>{tRole(r)}</option>)}
            </FilterSelect>
            <button type="submit" className={buttonClass.secondary}>{t('filter')}</button>
            {q || role ? <Link href="/admin/users" className="self-center underline">{t('clear')}</Link> : null}
          </form>
          <p aria-live="polite" className="mb-3 text-muted">{t('count', { count: users.length })}</p>
          <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
            {users.map((u) => {
              const label = u.name ?? u.email;
              return (
                <li key={u.id} className="flex flex-col gap-3 p-4 lg:flex-row lg:items-start lg:justify-between">
                  <div>
                    <p className="text-lg font-semibold">
                      {label}
                      {u.id === me.id ? <span className="font-normal text-muted"> ({t('you')})</span> : null}
                    </p>
                    <p className="text-muted">{u.email}</p>
                    <p className="text-sm">
                      {tRole(u.role)} · {u.companyName ?? t('noCompany')} ·{' '}
                      {u.deactivatedAt ? (
                        <span className="font-semibold text-red-800">{t('deactivatedOn', { date: formatShortDate(u.deactivatedAt, locale) })}</span>
                      ) : (
                        t('active')
                      )}
                    </p>
                  </div>
                  <div className="flex flex-col gap-2 lg:items-end">
                    {!u.deactivatedAt ? <RoleForm action={changeUserRoleAction} user={{ id: u.id, role: u.role, label }} roles={roles} /> : null}
                    {u.id === me.id ? null : u.deactivatedAt ? (
                      <ConfirmAction
                        action={reactivateUserAction}
                        hidden={{ userId: u.id }}
                        label={t('reactivate')}
                        question={t('reactivateQuestion', { name: label })}
                        confirmLabel={t('reactivateConfirm')}
                        variant="primary"
                      />
                    ) : (
                      <ConfirmAction
                        action={deactivateUserAction}
                        hidden={{ userId: u.id }}
                        label={t('deactivate')}
                        question={t('deactivateQuestion', { name: label })}
                        confirmLabel={t('deactivateConfirm')}
                      />
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      </>
    </AdminClientMessages>
  );
}

// The site's areas and their menus, as data. Labels are keys in each area's message namespace
// (kept literal, so the layouts' t(item.key) is type-checked).
export type NavItem = { href: string; key: string };

export const areaNav = {
  portal: [
    { href: '/portal', key: 'overview' },
    { href: '/portal/themes/new', key: 'proposeTheme' },
    { href: '/portal/profile', key: 'profile' },
    { href: '/portal/company', key: 'company' },
    { href: '/portal/account', key: 'account' },
  ],
  council: [
    { href: '/council', key: 'briefings' },
    { href: '/council/statistics', key: 'statistics' },
  ],
  admin: [
    { href: '/admin', key: 'overview' },
    { href: '/admin/themes', key: 'themes' },
    { href: '/admin/meetings', key: 'meetings' },
    { href: '/admin/speakers', key: 'speakers' },
    { href: '/admin/companies', key: 'companies' },
    { href: '/admin/subscribers', key: 'subscribers' },
    { href: '/admin/reports', key: 'reports' },
    { href: '/admin/users', key: 'users' },
    { href: '/admin/audit', key: 'audit' },
  ],
} as const satisfies Record<string, readonly NavItem[]>;

export type Area = keyof typeof areaNav;

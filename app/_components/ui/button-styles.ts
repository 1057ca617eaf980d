// Shared button looks, as class names, so links and buttons can look alike.
export const buttonClass = {
  primary:
    'inline-flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60',
  secondary:
    'inline-flex min-h-11 items-center justify-center rounded-md border border-zinc-400 bg-white px-5 py-2.5 font-semibold text-ink hover:bg-zinc-100 disabled:opacity-60',
  danger:
    'inline-flex min-h-11 items-center justify-center rounded-md bg-red-700 px-5 py-2.5 font-semibold text-white hover:bg-red-800 disabled:opacity-60',
  link: 'font-semibold text-brand-600 underline hover:text-brand-800',
} as const;

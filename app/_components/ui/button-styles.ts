// Shared button looks, as class names, so links and buttons can look alike. The looks themselves
// are in globals.css (one class each, as admin lists repeat them in every row).
export const buttonClass = {
  primary: 'btn-primary',
  secondary: 'btn-secondary',
  danger: 'btn-danger',
  link: 'font-semibold text-brand-600 underline hover:text-brand-800',
} as const;

// Applies a saved theme before first paint so it never flashes (src/components/theme.ts).
// A file, not an inline script, so that the Content-Security-Policy can forbid inline script.
try {
  const theme = localStorage.getItem('backprop-studio:theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage disabled: follow the system.
}

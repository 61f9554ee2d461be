/** Every hostname the extension may contact (DESIGN.md § Network); the world server answers for all. */
export const HOSTS = [
  'www.phoronix.com',
  'www.kernel.org',
  'git.kernel.org',
  'lore.kernel.org',
  'patchwork.kernel.org',
  'api.github.com',
  'endoflife.date',
];

/** The real versions of these send CORS headers on every response. */
export const CORS_HOSTS = ['api.github.com', 'endoflife.date'];

// The lint rule against index imports guards the package's src/index.ts; the message catalogue's
// own index is where msg() lives, so it is imported here once for the whole parse layer.
// eslint-disable-next-line no-restricted-imports
export { msg, type MessageId } from '../diagnostics/catalogue/index.js';

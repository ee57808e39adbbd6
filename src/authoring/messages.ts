// The rule against importing `index` files guards the package index; the catalogue's index is
// msg() itself. Authoring code takes it from here, so the exception is written once.
// eslint-disable-next-line no-restricted-imports
export { msg, type MessageId } from '../diagnostics/catalogue/index.js';

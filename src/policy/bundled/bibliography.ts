import text from '../../../policies/sources.yaml?raw';

/** The bundled bibliography (policies/sources.yaml), embedded so loading needs no file system. */
export const BUNDLED_BIBLIOGRAPHY = { file: 'policies/sources.yaml', text };

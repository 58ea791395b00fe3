// The name of the precompiled standard library the app's build emits beside its workers
// (vite.config.ts writes it; browser-stdlib-code.ts reads it). A constant of its own so the
// build configuration does not import the interpreter.

/** File name, in the folder of the built worker scripts: the code bundle, gzip-compressed.
 *  Not named `.gz`: servers send such files with `Content-Encoding: gzip` (Vite's preview
 *  server does), others as they are, so the reader checks the bytes instead. */
export const STDLIB_CODE_ASSET = 'stdlib-code.bin';

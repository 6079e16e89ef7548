// @noble/ciphers/aes for the bundle (scripts/bundle.mjs), loaded when first called. pdfkit
// encrypts only documents given a password or permissions, which ours never are, and the AES
// module computes its tables when it is loaded (~15 ms at every start of the command line).
// esbuild initialises a module that is require()d when it is first required.
// eslint-disable-next-line no-undef, @typescript-eslint/no-require-imports -- see above: an import would load it at start
const aes = () => require("@noble/ciphers/aes");

export const cbc = (...args) => aes().cbc(...args);
export const ecb = (...args) => aes().ecb(...args);

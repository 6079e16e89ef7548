// unicode-trie for the bundle (scripts/bundle.mjs): a trie that inflates its data when first
// read. fontkit, unicode-properties and linebreak each build their tries when they are loaded,
// five in all (~27 ms at every start of the command line), and a build reads one of them.
import UnicodeTrie from "unicode-trie";

export default class LazyUnicodeTrie {
  constructor(data) {
    this.data = data;
    this.trie = undefined;
  }

  get(codePoint) {
    this.trie ??= new UnicodeTrie(this.data);
    return this.trie.get(codePoint);
  }
}

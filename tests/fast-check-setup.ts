// Property tests run with a fixed seed so a CI run is repeatable; FC_SEED=random (or a number) explores
// other inputs locally. A failure prints its seed and counterexample either way.
import fc from 'fast-check';

const chosen = process.env['FC_SEED'];
const seed = chosen === 'random' ? Date.now() ^ (Math.random() * 0x100000000) : Number(chosen ?? 20_261_128);
fc.configureGlobal({ seed });

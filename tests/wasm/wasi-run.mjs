// Runs a wasm32-wasi program under Node's WASI, with the current directory
// (and only it) open to the program, as a native program would see it.
//   usage: node tests/wasm/wasi-run.mjs PROGRAM.wasm [ARGS...]
import { WASI } from 'node:wasi';
import { readFileSync } from 'node:fs';
import process from 'node:process';

const [program, ...args] = process.argv.slice(2);
const env = {};
for (const k of ['COCOMM_DATA_DIR']) if (process.env[k]) env[k] = process.env[k];
const wasi = new WASI({ version: 'preview1', args: [program, ...args], env,
                        preopens: { '.': process.cwd() }, returnOnExit: true });
const module = await WebAssembly.compile(readFileSync(program));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);

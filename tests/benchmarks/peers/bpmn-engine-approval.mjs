// The approval shape (approval.bpmn beside this file) on the npm package bpmn-engine, one instance at a
// time, in memory: the peer half of scripts/benchmark-peers.sh. bpmn-engine is not a dependency of the
// repository; the script installs it in a temporary folder and passes that folder as --modules.
//
// node --expose-gc bpmn-engine-approval.mjs --modules DIR [--count N] [--warmup-seconds S] [--waiting K] [--parse-count P]
//
// Prints human-readable lines and, for the calling script, `RESULT row=... key=value ...` lines.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const options = parseOptions(process.argv.slice(2));
const require = createRequire(join(options.modules, 'node_modules', 'noop.js'));
const { Engine } = require('bpmn-engine');
const BpmnModdle = require('bpmn-moddle');
const Elements = require('bpmn-elements');
const { default: serialize, TypeResolver } = require('moddle-context-serializer');

const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'approval.bpmn'), 'utf8');
// The same three amounts and alternating outcomes as BenchmarkFlows.Input and BenchmarkEngine.RunApprovalAsync.
const amounts = [500, 2_000, 8_000];

if (typeof globalThis.gc !== 'function') {
  fail('run with node --expose-gc: the waiting-instance memory needs a full collection');
}

console.log(`bpmn-engine ${version('bpmn-engine')} (bpmn-elements ${version('bpmn-elements')}), Node ${process.version}`);

// Parsing the XML is the costly part of a new Engine({ source }); our engine parses and compiles a
// definition once when it is published, so the comparable row parses once and shares the context.
const sharedContext = await parse(source);
const warmedUp = await warmUp(options.warmupSeconds, () => sharedContext);
console.log(`warm-up: ${warmedUp} instances in ${options.warmupSeconds} s`);
const shared = await measure(options.count, () => sharedContext);
report('bpmn-engine-shared-context', 'definition parsed once, shared by every instance', shared);

if (options.parseCount > 0) {
  // The engine is warm from the rows above; a few more instances warm the parser.
  await runMany(Math.min(20, options.parseCount), () => parse(source));
  const parsed = await measure(options.parseCount, () => parse(source));
  report('bpmn-engine-parse-per-instance', 'the XML parsed again for every instance', parsed);
}

const waiting = await measureWaiting(options.waiting, sharedContext);
console.log(`${options.waiting} instances waiting on the user task: ${kilobytes(waiting.heapPerInstance)} of heap each, getState() ${kilobytes(waiting.statePerInstance)} of JSON each`);
console.log(`RESULT row=bpmn-engine-waiting instances=${options.waiting} heap_bytes=${waiting.heapPerInstance.toFixed(0)} state_bytes=${waiting.statePerInstance.toFixed(0)}`);

/** One instance: start, wait on the user task, signal it with the outcome, check the path it ended on. */
async function runOne(i, context) {
  const amount = amounts[i % 3];
  const decision = i % 2 === 0 ? 'Approve' : 'Reject';
  const engine = await startWaiting(i, await context);
  const ended = engine.waitFor('end');
  const [task] = engine.execution.getPostponed();
  task.signal({ ioSpecification: { dataOutputs: [{ id: 'outcome', value: decision }] } });
  const execution = await ended;

  const taken = (id) => execution.getActivityById(id).counters.taken;
  // The engine's environment is cloned per process; the script task wrote into the process's copy.
  const variables = execution.definitions[0].getProcessById('bench-approval').environment.variables;
  const expected = decision === 'Approve' ? 'done' : 'declined';
  const other = decision === 'Approve' ? 'declined' : 'done';
  if (taken(expected) !== 1 || taken(other) !== 0 || variables.amount !== amount * 1.2) {
    fail(`instance ${i} (${decision}, ${amount}) ended wrongly: ${expected} ${taken(expected)}, ${other} ${taken(other)}, amount ${variables.amount}`);
  }
}

/** Starts an instance and returns its engine once the instance waits on the user task, as our start returns Suspended. */
async function startWaiting(i, context) {
  const engine = new Engine({ name: `approval-${i}`, sourceContext: context });
  const execution = await engine.execute({ variables: { input: { amount: amounts[i % 3] } } });
  const postponed = execution.getPostponed();
  if (postponed.length !== 1 || postponed[0].id !== 'approve') {
    fail(`instance ${i} should wait on the user task, waits on [${postponed.map((p) => p.id).join(', ')}]`);
  }
  return engine;
}

async function runMany(count, context) {
  for (let i = 0; i < count; i++) {
    await runOne(i, context());
  }
}

/** Runs instances until `seconds` have passed: the same wall time our engine gets to warm up. */
async function warmUp(seconds, context) {
  const until = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  let done = 0;
  while (process.hrtime.bigint() < until) {
    await runOne(done++, context());
  }
  return done;
}

/** Wall-clock and CPU rate of `count` instances run one after another. */
async function measure(count, context) {
  globalThis.gc();
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  await runMany(count, context);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { count, seconds, perSecond: count / seconds, perCpuSecond: count / cpuSeconds };
}

/** Heap held per instance left waiting (after full collections), and the size of its saved state. */
async function measureWaiting(count, context) {
  await collectFully();
  const before = process.memoryUsage().heapUsed;
  const engines = [];
  for (let i = 0; i < count; i++) {
    engines.push(await startWaiting(i, context));
  }
  await collectFully();
  const held = process.memoryUsage().heapUsed - before;

  let stateBytes = 0;
  for (const engine of engines) {
    stateBytes += Buffer.byteLength(JSON.stringify(await engine.getState()));
  }
  return { heapPerInstance: held / count, statePerInstance: stateBytes / count };
}

/**
 * Several full collections with a turn of the event loop between them: one gc() can leave garbage that
 * only becomes collectable after pending callbacks ran, which made small samples come out negative.
 */
async function collectFully() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The documented way to build a source context once (bpmn-engine API, addSource). */
async function parse(xml) {
  const moddleContext = await new BpmnModdle().fromXML(xml);
  if (moddleContext.warnings?.length) {
    fail(`approval.bpmn: ${moddleContext.warnings.map((w) => w.message).join('; ')}`);
  }
  return serialize(moddleContext, TypeResolver({ ...Elements }));
}

function report(row, description, result) {
  console.log(`${description}: ${result.count} instances in ${result.seconds.toFixed(2)} s, ${result.perSecond.toFixed(1)} instances/s, ${result.perCpuSecond.toFixed(1)} per CPU second`);
  console.log(`RESULT row=${row} instances=${result.count} seconds=${result.seconds.toFixed(3)} per_second=${result.perSecond.toFixed(1)} per_cpu_second=${result.perCpuSecond.toFixed(1)}`);
}

// Read from the installed folder: bpmn-engine's exports do not expose its package.json.
function version(name) {
  return JSON.parse(readFileSync(join(options.modules, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function parseOptions(args) {
  const parsed = { modules: '', count: 2_000, warmupSeconds: 10, waiting: 1_000, parseCount: 200 };
  const names = { '--modules': 'modules', '--count': 'count', '--warmup-seconds': 'warmupSeconds', '--waiting': 'waiting', '--parse-count': 'parseCount' };
  for (let i = 0; i < args.length; i += 2) {
    const name = names[args[i]];
    if (!name || i + 1 >= args.length) fail(`unknown option or missing value: ${args[i]}`);
    parsed[name] = name === 'modules' ? args[i + 1] : Number(args[i + 1]);
    if (name !== 'modules' && !(Number.isInteger(parsed[name]) && parsed[name] >= 0)) fail(`${args[i]} needs a whole number`);
  }
  if (!parsed.modules) fail('--modules DIR (the folder bpmn-engine was installed in) is required');
  if (parsed.count < 1 || parsed.waiting < 1) fail('--count and --waiting must be at least 1');
  return parsed;
}

function fail(message) {
  console.error(`bpmn-engine-approval: ${message}`);
  process.exit(1);
}

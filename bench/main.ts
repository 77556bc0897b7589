// `npm run bench`: every performance target of the project, measured in one run and printed as
// numbers and ratios. Nothing here is asserted: shared machines are too noisy for timed tests.
// Each section runs on its own so that one failing benchmark still leaves the others' numbers.

import { cliBench } from './cli.js';
import { compilerBench, type Line } from './compiler.js';
import { e2eBench } from './e2e.js';
import { loadersBench } from './loaders.js';
import { planScalingBench } from './plan-scaling.js';
import { regexBench } from './regex.js';
import { scanBench } from './scan.js';
import { terraformConfigBench } from './terraform-config.js';

async function section(title: string, run: () => Promise<Line[]>): Promise<void> {
  console.log(`\n## ${title}`);
  try {
    for (const l of await run()) console.log(`${l.name.padEnd(72)} ${l.value.padStart(12)}${l.target ? `   (target ${l.target})` : ''}`);
  } catch (e) {
    console.log(`failed: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  }
}

await section('compiler and evaluation', compilerBench);
await section('regex and glob', regexBench);
await section('loaders', loadersBench);
await section('terraform configuration without a plan', terraformConfigBench);
await section('scan throughput', scanBench);
await section('terraform plans: scaling with resources', planScalingBench);
await section('CLI start-up', cliBench);
await section('end to end, as a user runs the CLI (ratios of medians of alternating runs)', e2eBench);

// Entry point of the GitHub Action (see action.yml): runs the action and turns a crash into a
// failed step that says it is a bug.

import * as core from '@actions/core';
import { run } from './run.js';

run().catch((e: unknown) => {
  core.setFailed(`Palisade internal error (please report): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});

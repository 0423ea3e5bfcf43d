// Gives node:test the mocha globals the shared suites use, so one file runs in Chromium and in Node.
import { describe, it, before, after, beforeEach, afterEach } from 'node:test';

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
